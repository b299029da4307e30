using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Security;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ExerciseServer.Tests.Security;

/// <summary>Who may call what: facilitators by password or token, participants and observers by join code.</summary>
public sealed class SignInTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    private async Task<string> CreateExerciseAsync()
    {
        var control = factory.CreateControlClient();
        var created = await control.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" }, Cancel);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
    }

    private async Task<string> IssueAsync(string exerciseId, object body)
    {
        var response = await factory.CreateControlClient().PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", body, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString()!;
    }

    [Theory]
    [InlineData("/api/scenarios")]
    [InlineData("/api/exercises")]
    public async Task Without_sign_in_the_api_answers_401_with_problem_details(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_api_token_is_refused()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/exercises", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_facilitator_signs_in_with_the_password_and_gets_a_cookie()
    {
        var browser = Browser();

        var wrong = await browser.PostAsJsonAsync("/api/auth/facilitator", new { password = "nope" }, Cancel);
        var right = await browser.PostAsJsonAsync("/api/auth/facilitator", new { password = ServerFactory.Password }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/api/exercises", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_participant_joins_with_a_code_and_a_name_and_may_not_control()
    {
        var exercise = await CreateExerciseAsync();
        var code = await IssueAsync(exercise, new { team = "fi-ncsc" });
        var browser = Browser();

        var joined = await browser.PostAsJsonAsync("/api/auth/join", new { code = code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal), name = "Aino" }, Cancel);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(("player", exercise, "fi-ncsc", "Aino"), (me.GetProperty("role").GetString(), me.GetProperty("exercise").GetString(), me.GetProperty("team").GetString(), me.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync(new Uri($"/api/exercises/{exercise}/start", UriKind.Relative), null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(new Uri("/api/scenarios", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_unknown_code_admits_nobody()
    {
        var exercise = await CreateExerciseAsync();
        var code = await IssueAsync(exercise, new { role = "observer" });
        var revoke = await factory.CreateControlClient().PostAsJsonAsync($"/api/exercises/{exercise}/codes/revoke", new { code }, Cancel);

        var revoked = await Browser().PostAsJsonAsync("/api/auth/join", new { code, name = "Olli" }, Cancel);
        var unknown = await Browser().PostAsJsonAsync("/api/auth/join", new { code = "ZZZZZ-ZZZZZ", name = "Olli" }, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Theory]
    [InlineData("{\"team\":\"nobody\"}", 400)]
    [InlineData("{\"role\":\"admin\"}", 400)]
    [InlineData("{}", 400)]
    public async Task Control_cannot_issue_codes_for_unknown_teams_or_roles(string body, int status)
    {
        var exercise = await CreateExerciseAsync();

        var response = await factory.CreateControlClient().PostAsync(new Uri($"/api/exercises/{exercise}/codes", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var strict = factory.WithWebHostBuilder(builder => builder.UseSetting("Security:SignInsPerMinute", "3"));
        var client = strict.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/facilitator", new { password = "guess " + i }, Cancel)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
