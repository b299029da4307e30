using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Scenarios;

/// <summary>The scenarios in the configured folder, loaded and validated when the server starts.</summary>
public sealed class ScenarioCatalog(ScenarioCatalogOptions options, ILogger<ScenarioCatalog> logger)
{
    private IReadOnlyList<ScenarioLoadResult> _results = [];
    private Dictionary<string, string> _texts = new(StringComparer.Ordinal);

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
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = await ScenarioFiles.LoadAsync(file, cancellationToken);
            results.Add(result);
            if (result.Scenario is not null)
            {
                texts[file] = await File.ReadAllTextAsync(file, cancellationToken);
            }

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
        _texts = texts;
    }

    /// <summary>A scenario by id, with the text it was read from (an exercise keeps its own copy).</summary>
    public (ScenarioLoadResult Result, string Text)? Find(string scenarioId)
    {
        var result = _results.FirstOrDefault(r => r.Scenario?.Id == scenarioId);
        return result is not null && _texts.TryGetValue(result.File, out var text) ? (result, text) : null;
    }
}
