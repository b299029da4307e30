using System.Buffers;
using System.Text;
using System.Text.Json;
using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>What <c>validate</c> prints: a line per problem, then a summary; or one JSON document for tools.</summary>
public sealed class ValidationReport(IReadOnlyList<ScenarioLoadResult> results)
{
    // Written with Utf8JsonWriter rather than serialised by reflection, so the ahead-of-time compiled exercise-validate
    // prints the same document as the server's validate verb.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Errors => results.Sum(r => r.ErrorCount);

    public int Warnings => results.Sum(r => r.WarningCount);

    public async Task WriteTextAsync(TextWriter output)
    {
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                await output.WriteLineAsync(diagnostic.ToString());
            }
        }

        foreach (var result in results)
        {
            var verdict = result.HasErrors ? "FAILED" : "ok";
            var name = result.Scenario is { } s ? $" ({s.Id}: {s.Injects.Count} injects, {s.Teams.Count} teams, {s.Sectors.Count} sectors)" : "";
            await output.WriteLineAsync($"{verdict,-6} {result.File}{name}: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
        }

        await output.WriteLineAsync($"{Count(results.Count, "file")} checked: {Count(Errors, "error")}, {Count(Warnings, "warning")}.");
    }

    public string ToJson() => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            if (result.Scenario?.Id is { } scenarioId)
            {
                json.WriteString("scenarioId", scenarioId);
            }

            json.WriteBoolean("valid", !result.HasErrors);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", diagnostic.Location.File);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("errors", Errors);
        json.WriteNumber("warnings", Warnings);
        json.WriteEndObject();
    });

    /// <summary>The JSON document for a command line that could not run: <c>{ "error": "…" }</c>.</summary>
    public static string ErrorJson(string message) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
