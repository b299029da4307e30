using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.InjectMedia;

/// <summary>
/// <c>GET /api/exercises/{id}/media/{name}</c> over the shipped GNSS scenario, whose Network Manager report
/// (g04, at 3h, to the Commission and observers) carries <c>gnss-reports-per-hour.png</c>: the file goes to whoever
/// may read that inject, and to nobody else.
/// </summary>
public sealed class MediaApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string Chart = "gnss-reports-per-hour.png";

    private readonly HubClients _hubs = new(server);
    private readonly SessionClients _sessions = new(server);

    [Fact]
    public async Task The_chart_reaches_its_recipients_and_staff_once_released_and_nobody_else()
    {
        var id = await _hubs.CreateExerciseAsync("gnss-interference-aviation");
        var commission = _sessions.Browser(await _hubs.SignInAsync(await _hubs.IssueCodeAsync(id, new { team = "eu-commission" }), "Ursula"));
        var finland = _sessions.Browser(await _hubs.SignInAsync(await _hubs.IssueCodeAsync(id, new { team = "fi-aviation" }), "Aino"));
        var observer = _sessions.Browser(await _hubs.SignInAsync(await _hubs.IssueCodeAsync(id, new { role = "observer" }), "Olli"));
        var evaluator = _sessions.Browser(await _hubs.SignInAsync(await _hubs.IssueCodeAsync(id, new { role = "evaluator" }), "Eeva"));
        var anonymous = server.CreateClient();
        var control = server.CreateControlClient();
        var url = $"/api/exercises/{id}/media/{Chart}";

        // Before release: the recipients and observers have nothing; evaluators and control read the whole MSEL.
        Assert.Equal(HttpStatusCode.NotFound, (await commission.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await control.GetAsync(url)).StatusCode);

        await ReleaseAtThreeHoursAsync(control, id);

        var released = await commission.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal("image/png", released.Content.Headers.ContentType?.MediaType);
        var bytes = await released.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(Shared.RepositoryPaths.Scenarios, "gnss-interference-aviation", "media", Chart)), bytes);
        Assert.True(released.Headers.CacheControl is { Private: true, NoCache: true }, $"Cache-Control was {released.Headers.CacheControl}");
        Assert.NotNull(released.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync(url)).StatusCode);

        // The self-contained HTML report embeds the chart where the inject's body shows it.
        var report = await control.GetStringAsync($"/api/exercises/{id}/report?format=html");
        Assert.Contains($"<img src=\"data:image/png;base64,{Convert.ToBase64String(bytes)}\" alt=\"Interference reports per hour, Sunday and Monday\"", report, StringComparison.Ordinal);

        // Another team, an anonymous caller, and a name no released inject carries: the same 404 with problem details.
        foreach (var (who, client, path) in new[] { ("Finland", finland, url), ("anonymous", anonymous, url), ("the Commission, another name", commission, $"/api/exercises/{id}/media/secret.png") })
        {
            var refused = await client.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{who}: {refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_cached_copy_is_revalidated_by_its_etag()
    {
        var id = await _hubs.CreateExerciseAsync("gnss-interference-aviation");
        var control = server.CreateControlClient();
        var url = $"/api/exercises/{id}/media/{Chart}";
        var first = await control.GetAsync(url);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await control.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_participant_of_another_exercise_is_refused_and_names_with_folders_are_not_files()
    {
        var id = await _hubs.CreateExerciseAsync("gnss-interference-aviation");
        var other = await _hubs.CreateExerciseAsync("gnss-interference-aviation");
        var control = server.CreateControlClient();
        await ReleaseAtThreeHoursAsync(control, other);
        var commissionOfOther = _sessions.Browser(await _hubs.SignInAsync(await _hubs.IssueCodeAsync(other, new { team = "eu-commission" }), "Ursula"));

        var refused = await commissionOfOther.GetAsync($"/api/exercises/{id}/media/{Chart}");
        var traversal = await control.GetAsync($"/api/exercises/{id}/media/..%2F..%2Fgnss-interference-aviation.yaml");
        var hidden = await control.GetAsync($"/api/exercises/{id}/media/.{Chart}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await commissionOfOther.GetAsync($"/api/exercises/{other}/media/{Chart}")).StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (traversal.StatusCode, hidden.StatusCode));
    }

    [Fact]
    public async Task The_inject_details_name_their_media_for_the_view()
    {
        var id = await _hubs.CreateExerciseAsync("gnss-interference-aviation");
        await using var control = await _hubs.ControlAsync();

        var details = await control.InvokeAsync<JsonElement>("GetInjects", id);

        var report = details.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "g04-eurocontrol-report");
        Assert.Equal([Chart], report.GetProperty("media").EnumerateArray().Select(m => m.GetString()));
    }

    private static async Task ReleaseAtThreeHoursAsync(HttpClient control, string id)
    {
        (await control.PostAsync($"/api/exercises/{id}/start", null)).EnsureSuccessStatusCode();
        (await control.PostAsync($"/api/exercises/{id}/pause", null)).EnsureSuccessStatusCode();
        (await control.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "3h1m" })).EnsureSuccessStatusCode();
    }
}
