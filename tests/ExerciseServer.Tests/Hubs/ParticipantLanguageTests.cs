using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// A participant joins in one of the scenario's languages (the first when none is given; another is a 400 with
/// problem details), reads every scenario text in it where the scenario has it and in the main language, marked,
/// where it has not; can change language later; control reads the main language.
/// </summary>
public sealed class ParticipantLanguageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string Gnss = "gnss-interference-aviation";
    private readonly HubClients _hubs = new(factory);
    private readonly SessionClients _sessions = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_participant_reads_the_same_inject_and_its_team_and_sectors_in_the_language_chosen_at_join()
    {
        var id = await StartedWithPilotReportsAsync();
        var estonian = await JoinAsync(id, "ee-aviation", "Kadri", "et");
        var finnish = await JoinAsync(id, "fi-aviation", "Aino", "fi");

        var et = Inject(await InjectsAsync(estonian, id), "g02-pilot-reports");
        var fi = Inject(await InjectsAsync(finnish, id), "g02-pilot-reports");

        Assert.Equal(("GNSS-häired Soome lahe ja Eesti kohal", "et"), (et.GetProperty("title").GetString(), et.GetProperty("language").GetString()));
        Assert.StartsWith("**06.00** — Alates kella 05.40-st", et.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(("GNSS-häiriöitä Suomenlahden ja Viron yllä", "fi"), (fi.GetProperty("title").GetString(), fi.GetProperty("language").GetString()));

        var outline = await OutlineAsync(estonian, id);
        Assert.Equal(["en", "fi", "et"], outline.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("et", outline.GetProperty("language").GetString());
        Assert.Equal("Transpordiamet ja aeronavigatsiooniteenused", Named(outline.GetProperty("teams"), "ee-aviation").GetProperty("name").GetString());
        Assert.Equal("Lennundus", Named(outline.GetProperty("sectors"), "transport").GetProperty("name").GetString());
        Assert.Equal("Moodul 1: Avastamine ja teabe jagamine", Named(outline.GetProperty("phases"), "m1-detect").GetProperty("name").GetString());
    }

    [Fact]
    public async Task What_has_no_translation_in_the_language_comes_in_the_main_one_and_says_so()
    {
        var id = await StartedWithPilotReportsAsync();
        var estonian = await JoinAsync(id, "ee-aviation", "Kadri", "et");
        await ReleaseAsync(id, "g11-tartu-approach");

        var approach = Inject(await InjectsAsync(estonian, id), "g11-tartu-approach");

        // The inject has no Estonian translation; its decision and options have.
        Assert.Equal(("Tartu Airport asks for a non-GNSS approach", "en"), (approach.GetProperty("title").GetString(), approach.GetProperty("language").GetString()));
        var decision = approach.GetProperty("decision");
        Assert.Equal(("Kuidas saab Tartu lähenemisprotseduuri, mis ei sõltu GNSS-ist?", "et"), (decision.GetProperty("title").GetString(), decision.GetProperty("language").GetString()));
        Assert.All(decision.GetProperty("options").EnumerateArray(), o => Assert.Equal("et", o.GetProperty("language").GetString()));
        var snapshot = await JoinHubAsync(estonian, id);
        Assert.Equal("en", snapshot.GetProperty("injects").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "g11-tartu-approach").GetProperty("language").GetString());
        Assert.Equal("GNSS-häired Soome lahe ja Eesti kohal", snapshot.GetProperty("injects").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "g02-pilot-reports").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_language_the_scenario_does_not_offer_is_refused_with_problem_details_that_list_the_offered_ones()
    {
        var id = await _hubs.CreateExerciseAsync(Gnss);
        var code = await _hubs.IssueCodeAsync(id, new { team = "fi-aviation" });

        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/join", new { code, name = "Aino", language = "sv" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("en, fi, et", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["en", "fi", "et"], problem.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Joining_without_a_language_reads_the_first_and_the_language_can_be_changed_later()
    {
        var id = await StartedWithPilotReportsAsync();
        var cookies = await _hubs.SignInAsync(await _hubs.IssueCodeAsync(id, new { team = "fi-aviation" }), "Aino");
        using var browser = _sessions.Browser(cookies);
        Assert.Equal("en", (await browser.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel)).GetProperty("language").GetString());
        Assert.Equal("GNSS interference reported over the Gulf of Finland and Estonia", Inject(await InjectsAsync(cookies, id), "g02-pilot-reports").GetProperty("title").GetString());

        var refused = await browser.PostAsJsonAsync("/api/auth/language", new { language = "de" }, Cancel);
        var changed = await browser.PostAsJsonAsync("/api/auth/language", new { language = "fi" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("fi", (await browser.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel)).GetProperty("language").GetString());
        Assert.Equal("GNSS-häiriöitä Suomenlahden ja Viron yllä", Inject(await InjectsAsync(cookies, id), "g02-pilot-reports").GetProperty("title").GetString());
        // The same session: signing out still ends it.
        (await browser.PostAsync(new Uri("/api/auth/signout", UriKind.Relative), null, Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(cookies));
    }

    [Fact]
    public async Task Control_reads_the_main_language_and_can_switch()
    {
        var id = await StartedWithPilotReportsAsync();
        var facilitator = await _sessions.SignInFacilitatorAsync();
        Assert.Equal("GNSS interference reported over the Gulf of Finland and Estonia", Inject(await InjectsAsync(facilitator, id), "g02-pilot-reports").GetProperty("title").GetString());

        using var browser = _sessions.Browser(facilitator);
        (await browser.PostAsJsonAsync("/api/auth/language", new { language = "et" }, Cancel)).EnsureSuccessStatusCode();

        Assert.Equal("GNSS-häired Soome lahe ja Eesti kohal", Inject(await InjectsAsync(facilitator, id), "g02-pilot-reports").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Hot_wash_questions_come_in_the_participants_language_and_the_answer_is_kept_verbatim()
    {
        var id = await StartedWithPilotReportsAsync();
        var finnish = await JoinAsync(id, "fi-aviation", "Aino", "fi");
        await using var control = await _hubs.ControlAsync();
        await control.InvokeAsync<JsonElement>("End", id, "end", Cancel);
        await using var player = _sessions.Hub(finnish);
        await player.StartAsync(Cancel);
        await player.InvokeAsync<JsonElement>("Join", id, Cancel);
        await player.InvokeAsync<JsonElement>("AnswerHotWash", id, "hw-first-hour", "Puhelimitse, liian hitaasti.", "a1", Cancel);

        var questions = await player.InvokeAsync<JsonElement>("GetHotWash", id, Cancel);

        var first = questions.EnumerateArray().Single(q => q.GetProperty("id").GetString() == "hw-first-hour");
        Assert.Equal("fi", first.GetProperty("language").GetString());
        Assert.StartsWith("Miten saitte tietää", first.GetProperty("question").GetString(), StringComparison.Ordinal);
        Assert.Equal("Puhelimitse, liian hitaasti.", first.GetProperty("answer").GetString());
        using var review = await factory.CreateControlClient().GetAsync(new Uri($"/api/exercises/{id}/review", UriKind.Relative), Cancel);
        var text = await review.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("How did you learn what the other side of the Gulf of Finland saw", text, StringComparison.Ordinal);
        Assert.Contains("Puhelimitse, liian hitaasti.", text, StringComparison.Ordinal);
    }

    private async Task<string> StartedWithPilotReportsAsync()
    {
        var id = await _hubs.CreateExerciseAsync(Gnss);
        await using var control = await _hubs.ControlAsync();
        await control.InvokeAsync<JsonElement>("Start", id, "start", Cancel);
        await control.InvokeAsync<JsonElement>("Pause", id, "pause", Cancel);
        await control.InvokeAsync<JsonElement>("ReleaseInject", id, "g02-pilot-reports", "g02", Cancel);
        return id;
    }

    private async Task ReleaseAsync(string id, string inject)
    {
        await using var control = await _hubs.ControlAsync();
        await control.InvokeAsync<JsonElement>("ReleaseInject", id, inject, $"release-{inject}", Cancel);
    }

    private async Task<CookieContainer> JoinAsync(string id, string team, string name, string language)
    {
        var cookies = new CookieContainer();
        using var browser = _sessions.Browser(cookies);
        var code = await _hubs.IssueCodeAsync(id, new { team });
        (await browser.PostAsJsonAsync("/api/auth/join", new { code, name, language }, Cancel)).EnsureSuccessStatusCode();
        return cookies;
    }

    private async Task<JsonElement> InjectsAsync(CookieContainer cookies, string id)
    {
        await using var connection = _sessions.Hub(cookies);
        await connection.StartAsync(Cancel);
        return await connection.InvokeAsync<JsonElement>("GetInjects", id, Cancel);
    }

    private async Task<JsonElement> OutlineAsync(CookieContainer cookies, string id)
    {
        await using var connection = _sessions.Hub(cookies);
        await connection.StartAsync(Cancel);
        return await connection.InvokeAsync<JsonElement>("GetOutline", id, Cancel);
    }

    private async Task<JsonElement> JoinHubAsync(CookieContainer cookies, string id)
    {
        await using var connection = _sessions.Hub(cookies);
        await connection.StartAsync(Cancel);
        return await connection.InvokeAsync<JsonElement>("Join", id, Cancel);
    }

    private static JsonElement Inject(JsonElement injects, string id) => injects.EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static JsonElement Named(JsonElement items, string id) => items.EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
}
