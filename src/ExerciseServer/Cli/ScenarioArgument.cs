using System.Text.Json;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>Loads the one scenario a verb works on; prints its problems and says whether it can be played.</summary>
public static class ScenarioArgument
{
    public static async Task<ScenarioIndex?> LoadPlayableAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: '{path}' is not a scenario file");
            return null;
        }

        var result = await ScenarioFiles.LoadAsync(path, cancellationToken);
        if (!result.HasErrors)
        {
            return new ScenarioIndex(result.Scenario!);
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
        {
            await error.WriteLineAsync(diagnostic.ToString());
        }

        await error.WriteLineAsync($"{result.File} has {result.ErrorCount} error(s); fix them first (validate shows all problems).");
        return null;
    }

    /// <summary>
    /// For <c>--format json</c>: problems go to standard output as one JSON document, the one <c>validate --format
    /// json</c> prints, so a tool reading the output gets JSON whether the run happened or not.
    /// </summary>
    public static async Task<ScenarioIndex?> LoadPlayableAsJsonAsync(string path, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync(ValidationReport.ErrorJson($"'{path}' is not a scenario file"));
            return null;
        }

        var result = await ScenarioFiles.LoadAsync(path, cancellationToken);
        if (!result.HasErrors)
        {
            return new ScenarioIndex(result.Scenario!);
        }

        await output.WriteLineAsync(new ValidationReport([result]).ToJson());
        return null;
    }
}
