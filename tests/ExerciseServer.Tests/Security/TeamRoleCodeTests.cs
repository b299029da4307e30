using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Join codes for one role of a team: the sign-in carries the role, the code list and a re-issued code keep it, and a
/// role the team does not have (or a role without its team) is refused with problem details that say why.
/// </summary>
public sealed class TeamRoleCodeTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_code_for_a_team_role_signs_in_as_that_role_and_keeps_it_when_reissued()
    {
        var control = factory.CreateControlClient();
        var exercise = await CreateExerciseAsync(control);

        var issued = await control.PostAsJsonAsync($"/api/exercises/{exercise}/codes", new { team = "fi-ncsc", teamRole = "liaison" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("liaison", body.GetProperty("teamRole").GetString());
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var joined = await browser.PostAsJsonAsync("/api/auth/join", new { code = body.GetProperty("code").GetString(), name = "Liisa" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel);
        Assert.Equal(("fi-ncsc", "liaison"), (me.GetProperty("team").GetString(), me.GetProperty("teamRole").GetString()));

        var codeId = body.GetProperty("id").GetString();
        var reissued = await control.PostAsync($"/api/exercises/{exercise}/codes/{codeId}/reissue", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, reissued.StatusCode);
        var listed = await control.GetFromJsonAsync<JsonElement>($"/api/exercises/{exercise}/codes", Cancel);
        Assert.All(listed.EnumerateArray(), c => Assert.Equal("liaison", c.GetProperty("teamRole").GetString()));
    }

    [Theory]
    [InlineData("fi-ncsc", "minister", "Team 'fi-ncsc' has no role 'minister'; its roles are lead, liaison.")]
    [InlineData(null, "liaison", "A team role needs its team")]
    public async Task A_role_the_team_does_not_have_is_refused_with_the_reason(string? team, string role, string detail)
    {
        var control = factory.CreateControlClient();
        var exercise = await CreateExerciseAsync(control);

        var response = await control.PostAsJsonAsync($"/api/exercises/{exercise}/codes", new { team, teamRole = role }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> CreateExerciseAsync(HttpClient control)
    {
        var created = await control.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" }, Cancel);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
    }
}
