using System.Text;
using ExerciseServer.Core.Msel;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Msel;

namespace ExerciseServer.Scenarios;

/// <summary>
/// Adds an uploaded scenario to the library: a YAML file as it is, or an MSEL sheet (XLSX or CSV) made into a new
/// scenario or into the injects of one already there. Nothing is written unless the result validates; the refusal
/// carries every problem, located at its line or cell.
/// </summary>
public sealed class ScenarioUpload(ScenarioCatalog catalog)
{
    /// <summary>The largest upload taken: a scenario file's limit, with room for a spreadsheet's zip overhead.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public async Task<ScenarioUploadOutcome> AddAsync(string fileName, byte[] content, string? intoScenarioId, bool replace, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var isYaml = name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (!isYaml && !MselFiles.IsSheet(name))
        {
            return new ScenarioUploadOutcome(415, "Upload a .yaml, .yml, .xlsx or .csv file", null, null, []);
        }

        (ScenarioLoadResult Result, string Text)? into = null;
        if (intoScenarioId is not null)
        {
            if (isYaml)
            {
                return new ScenarioUploadOutcome(400, "'into' is for sheets; a YAML upload is a whole scenario", null, null, []);
            }

            into = catalog.Find(intoScenarioId);
            if (into is null)
            {
                return new ScenarioUploadOutcome(404, $"No scenario '{intoScenarioId}' in the library", null, null, []);
            }
        }

        string text;
        IReadOnlyList<SheetDiagnostic> problems;
        if (isYaml)
        {
            text = new UTF8Encoding(false).GetString(content);
            var loaded = ScenarioLoader.Load(name, text);
            problems = [.. loaded.Diagnostics.Select(d => SheetDiagnostic.From(d, d.Location.ToString()))];
        }
        else
        {
            var (sheet, readProblems) = MselFiles.Read(name, new MemoryStream(content));
            if (sheet is null)
            {
                return new ScenarioUploadOutcome(422, "The sheet cannot be read", null, null, readProblems);
            }

            var target = into is { } i ? Path.GetFileName(i.Result.File) : Path.ChangeExtension(name, ".yaml");
            var imported = MselImporter.Import(sheet, target, into is { } b ? (target, b.Text) : null);
            text = imported.Yaml ?? "";
            problems = [.. readProblems, .. imported.Diagnostics];
        }

        if (problems.Any(p => p.IsError))
        {
            return new ScenarioUploadOutcome(422, "The scenario has errors and was not added", null, null, problems);
        }

        var scenario = ScenarioLoader.Load(name, text).Scenario!;
        var path = into is { } updated ? updated.Result.File : Path.Combine(catalog.Folder, MselNames.Slug(scenario.Id) + ".yaml");
        var clash = catalog.Results.FirstOrDefault(r => r.Scenario?.Id == scenario.Id);
        if (into is null && clash is not null && !replace)
        {
            return new ScenarioUploadOutcome(409, $"The library already has a scenario '{scenario.Id}'; upload with replace=true to overwrite it", scenario.Id, null, problems);
        }

        if (clash is not null && into is null)
        {
            path = clash.File;
        }
        else if (into is null && File.Exists(path) && !replace)
        {
            return new ScenarioUploadOutcome(409, $"The library already has a file {Path.GetFileName(path)}; upload with replace=true to overwrite it", scenario.Id, null, problems);
        }

        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        await catalog.LoadAsync(cancellationToken);
        return new ScenarioUploadOutcome(201, "Added to the library", scenario.Id, Path.GetRelativePath(catalog.Folder, path), problems);
    }
}
