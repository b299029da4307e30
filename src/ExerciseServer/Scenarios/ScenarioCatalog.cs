using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Scenarios;

/// <summary>The scenarios in the configured folder, loaded and validated when the server starts.</summary>
public sealed class ScenarioCatalog(ScenarioCatalogOptions options, ILogger<ScenarioCatalog> logger)
{
    private IReadOnlyList<ScenarioLoadResult> _results = [];

    public string Folder => options.Path;

    public IReadOnlyList<ScenarioLoadResult> Results => _results;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var files = ScenarioFiles.Expand(options.Path);
        if (files.Count == 0)
        {
            logger.LogWarning("No scenario files found in {ScenarioFolder}", Path.GetFullPath(options.Path));
        }

        var results = new List<ScenarioLoadResult>(files.Count);
        foreach (var file in files)
        {
            var result = await ScenarioFiles.LoadAsync(file, cancellationToken);
            results.Add(result);
            if (result.HasErrors)
            {
                logger.LogWarning("Scenario {ScenarioFile} has {ErrorCount} errors and cannot be played; first: {FirstError}",
                    file, result.ErrorCount, result.Diagnostics.First(d => d.IsError).ToString());
            }
            else
            {
                logger.LogInformation("Loaded scenario {ScenarioId} from {ScenarioFile}: {InjectCount} injects, {TeamCount} teams, {WarningCount} warnings",
                    result.Scenario!.Id, file, result.Scenario.Injects.Count, result.Scenario.Teams.Count, result.WarningCount);
            }
        }

        _results = results;
    }
}
