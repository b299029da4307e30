using System.Text.Json;
using System.Text.Json.Serialization;
using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>What <c>validate</c> prints: a line per problem, then a summary; or one JSON document for tools.</summary>
public sealed class ValidationReport(IReadOnlyList<ScenarioLoadResult> results)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
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

    public string ToJson() => JsonSerializer.Serialize(new
    {
        files = results.Select(r => new
        {
            file = r.File,
            scenarioId = r.Scenario?.Id,
            valid = !r.HasErrors,
            errors = r.ErrorCount,
            warnings = r.WarningCount,
            diagnostics = r.Diagnostics.Select(d => new
            {
                file = d.Location.File,
                line = d.Location.Line,
                column = d.Location.Column,
                severity = d.IsError ? "error" : "warning",
                code = d.Code,
                message = d.Message,
            }),
        }),
        errors = Errors,
        warnings = Warnings,
    }, JsonOptions);

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
