using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Names that hide or reorder text never get in (issue 10, failure 10): joining with one answers 400 with problem
/// details that name the problem; a good name is trimmed.
/// </summary>
public sealed class DisplayNameApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _hubs = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Names as JSON string literals (a lone surrogate can only be sent as an escape), and what the refusal says.</summary>
    public static TheoryData<string, string> BadNames => new()
    {
        { "\"Ai\\u0000no\"", "control characters" },
        { "\"\\u202Enimda\"", "formatting characters" },
        { "\"\\u200B\\u200B\"", "formatting characters" },
        { "\"Ai\\uD800no\"", "" },
        { $"\"{new string('a', 81)}\"", "81 characters" },
        { "\"   \"", "1 to 80" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_bad_display_name_is_refused_with_400_problem_details(string jsonName, string reason)
    {
        var code = await _hubs.IssueCodeAsync(await _hubs.CreateExerciseAsync(), new { team = "fi-ncsc" });
        using var body = new StringContent($"{{\"code\":\"{code}\",\"name\":{jsonName}}}", System.Text.Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(new Uri("/api/auth/join", UriKind.Relative), body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (reason.Length > 0)
        {
            Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_good_name_is_trimmed_and_reaches_the_team_that_way()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var code = await _hubs.IssueCodeAsync(exercise, new { team = "fi-ncsc" });
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var joined = await browser.PostAsJsonAsync("/api/auth/join", new { code, name = "  Aino  " }, Cancel);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal("Aino", me.GetProperty("name").GetString());
    }
}
