using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Validation;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios;

/// <summary>
/// Reads and validates a scenario from its text. The caller does the file I/O; this never throws on bad
/// input and always returns every problem it found, located by file, line and column.
/// </summary>
public static class ScenarioLoader
{
    public static ScenarioLoadResult Load(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(file, text, diagnostics);
        var scenario = root is null && diagnostics.HasErrors ? null : new ScenarioReader(file, diagnostics).Read(root);
        if (scenario is not null)
        {
            ScenarioValidator.Validate(scenario, diagnostics);
        }

        return new ScenarioLoadResult(file, scenario, diagnostics.ToSortedList());
    }

    /// <summary>
    /// The result with problems the caller found outside the text (files the scenario names, such as its media),
    /// sorted in with the rest so an author reads them in file order.
    /// </summary>
    public static ScenarioLoadResult WithFileChecks(ScenarioLoadResult result, IReadOnlyList<Diagnostic> found)
    {
        if (found.Count == 0)
        {
            return result;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        diagnostics.AddRange(found);
        return result with { Diagnostics = diagnostics.ToSortedList() };
    }

    /// <summary>The result for a file the caller could not read, so it is reported like any other problem.</summary>
    public static ScenarioLoadResult Unreadable(string file, string reason) =>
        new(file, null, [DiagnosticCodes.UnreadableFile.At(SourceLocation.StartOf(file), reason)]);
}
