using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExerciseServer.Cli;
using ExerciseServer.Tests.Review;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Cli;

/// <summary><c>report</c> reads the embedded database beside a running server, or asks a server over HTTP.</summary>
// Both set the process-wide API-token variable the CLI reads: never at the same time.
[Collection("CLI token variable")]
public sealed partial class ReportVerbTests(PlayedExerciseFixture played) : IClassFixture<PlayedExerciseFixture>
{
    [Fact]
    public async Task The_csv_from_the_database_has_the_scripted_response_in_msel_columns()
    {
        var (exit, output, error) = await VerbRunner.Run("report", played.ExerciseId, "--format", "csv", "--data", played.Server.DataPath);

        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number,story time,game time,from,to,channel,subject,expected action,response,response time,status", lines[0]);
        var finland = Assert.Single(lines, l => l.StartsWith("1,", StringComparison.Ordinal) && l.Contains(",fi-ncsc,", StringComparison.Ordinal));
        Assert.Contains("Operator reports a fault 38 km out; RIA informed by chat.", finland, StringComparison.Ordinal);
        Assert.Contains(",3m,", finland, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_report_goes_to_a_file_and_equals_the_servers()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("report-").FullName, "report.html");

        var (exit, _, error) = await VerbRunner.Run("report", played.ExerciseId, "--data", played.Server.DataPath, "-o", file);

        Assert.True(exit == 0, error);
        var fromServer = await played.Control().GetStringAsync($"/api/exercises/{played.ExerciseId}/report?format=html");
        Assert.Equal(fromServer, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task The_event_log_from_the_database_is_the_servers_log()
    {
        var (exit, output, error) = await VerbRunner.Run("report", played.ExerciseId, "--format", "json", "--data", played.Server.DataPath);

        Assert.True(exit == 0, error);
        var export = await played.Control().GetStringAsync($"/api/exercises/{played.ExerciseId}/report?format=json");
        var stored = await played.Control().GetStringAsync($"/api/exercises/{played.ExerciseId}/events");
        Assert.Equal(export, output);
        // The export is the stored log with each event's story time added after its game time.
        Assert.Equal(stored, StoryTimeField().Replace(output, ""));
        Assert.Equal(stored.Count(c => c == '\n'), StoryTimeField().Count(output));
    }

    [Fact]
    public async Task Unknown_exercises_missing_databases_and_bad_formats_are_reported()
    {
        var unknown = await VerbRunner.Run("report", "ex-nothing", "--data", played.Server.DataPath);
        var missing = await VerbRunner.Run("report", played.ExerciseId, "--data", "/nonexistent/folder");
        var format = await VerbRunner.Run("report", played.ExerciseId, "--format", "pdf");
        var both = await VerbRunner.Run("report", played.ExerciseId, "--data", played.Server.DataPath, "--server", "http://localhost:1");

        Assert.Equal((ExitCodes.Failed, $"error: there is no exercise 'ex-nothing' in {Path.Combine(played.Server.DataPath, "exerciseserver.db")}"), (unknown.Exit, unknown.Error.Trim()));
        Assert.Equal(ExitCodes.UsageError, missing.Exit);
        Assert.Contains("there is no database at /nonexistent/folder/exerciseserver.db", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, format.Exit);
        Assert.Equal(ExitCodes.UsageError, both.Exit);
    }

    [Fact]
    public async Task With_server_the_verb_asks_a_running_server_with_an_api_token()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("report-server-").FullName);
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await server.Http.PostAsync($"/api/exercises/{id}/start", null);
        await server.Http.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "PT5M" });
        var url = $"http://127.0.0.1:{server.Port}";

        Environment.SetEnvironmentVariable(ReportVerb.TokenVariable, ServerProcess.ApiToken);
        var good = await VerbRunner.Run("report", id, "--format", "md", "--server", url);
        Environment.SetEnvironmentVariable(ReportVerb.TokenVariable, "wrong-token-0123456789");
        var refused = await VerbRunner.Run("report", id, "--server", url);
        Environment.SetEnvironmentVariable(ReportVerb.TokenVariable, null);
        var noToken = await VerbRunner.Run("report", id, "--server", url);

        Assert.True(good.Exit == 0, good.Error);
        Assert.Contains("Loss of signal on the Helsinki–Tallinn cable", good.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, refused.Exit);
        Assert.Contains("the server answered 401", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, noToken.Exit);
        Assert.DoesNotContain(ServerProcess.ApiToken, good.Error + good.Output + server.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(",\"storyTime\":\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}\"")]
    private static partial Regex StoryTimeField();
}
