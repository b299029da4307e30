using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary><c>--Logs:Console=json</c>: the server's log on the console is compact JSON (CLEF), one event per line, for log shippers.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public async Task With_json_console_logs_every_log_line_is_a_compact_json_event()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("json-log-").FullName, "--Logs:Console=json");
        using var missing = await server.Http.GetAsync(new Uri("/no-such-thing", UriKind.Relative), TestContext.Current.CancellationToken);

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < 50 && !lines.Any(l => l.Contains("/no-such-thing", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        // The facilitator's sign-in notice goes to the console on its own, never through the log (README, Operations).
        var events = lines.Where(l => !l.StartsWith("Facilitator sign-in:", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@m", out _), e.GetRawText()));
        var request = events.Single(e => e.GetProperty("@m").GetString()!.Contains("/no-such-thing", StringComparison.Ordinal));
        Assert.Equal(404, request.GetProperty("StatusCode").GetInt32());
        Assert.Equal("Serilog.AspNetCore.RequestLoggingMiddleware", request.GetProperty("SourceContext").GetString());
        Assert.Contains(events, e => e.GetProperty("@m").GetString()!.Contains("ExerciseServer is listening on", StringComparison.Ordinal));
    }
}
