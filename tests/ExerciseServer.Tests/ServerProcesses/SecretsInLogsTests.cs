using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>Join codes, passwords and API tokens never reach the server's logs, whatever the log level.</summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Secrets_used_in_requests_do_not_appear_in_the_server_output()
    {
        const string password = "very secret facilitator password";
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("secrets-").FullName,
            $"--Facilitator:Password={password}", "--Serilog:MinimumLevel:Default=Debug");

        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var issued = await server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team = "fi-ncsc" });
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var token = (await (await server.Http.PostAsync(new Uri("/api/auth/tokens", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.Http.BaseAddress };
        Assert.True((await browser.PostAsJsonAsync("/api/auth/join", new { code, name = "Aino" })).IsSuccessStatusCode);
        Assert.True((await browser.PostAsJsonAsync("/api/auth/facilitator", new { password })).IsSuccessStatusCode);
        Assert.False((await browser.PostAsJsonAsync("/api/auth/join", new { code = code + "X", name = "Mallory" })).IsSuccessStatusCode);
        using var script = new HttpClient { BaseAddress = server.Http.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.True((await script.GetAsync(new Uri("/api/exercises", UriKind.Relative))).IsSuccessStatusCode);
        await Task.Delay(500);

        var output = server.Output;
        Assert.Contains("/api/auth/join", output, StringComparison.Ordinal);
        foreach (var secret in new[] { code, code.Replace("-", "", StringComparison.Ordinal), password, token, ServerProcess.ApiToken })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }
}
