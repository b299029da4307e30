using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Reports;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Archives;

/// <summary>
/// Where an exercise's media files are: the copy an imported exercise came with, else the library's media folder of
/// its scenario. Serving, the HTML report and exports all ask here, so an imported exercise shows the same files.
/// </summary>
public sealed class ExerciseMediaFiles(ScenarioCatalog catalog, ImportedMediaFolder imported)
{
    public FileInfo? Find(string exerciseId, string scenarioId, string name) =>
        imported.Find(exerciseId, name)
        ?? (catalog.Find(scenarioId) is { } scenario ? MediaFolder.Find(scenario.Result.File, scenarioId, name) : null);

    /// <summary>The images among <paramref name="names"/> that are there, read for a report to embed.</summary>
    public async Task<Dictionary<string, ReportImage>> ImagesAsync(string exerciseId, string scenarioId, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var images = new Dictionary<string, ReportImage>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (MediaFiles.TypeOf(name) is { Kind: MediaKind.Image } type && Find(exerciseId, scenarioId, name) is { } file)
            {
                images[name] = new ReportImage(type.ContentType, await File.ReadAllBytesAsync(file.FullName, cancellationToken));
            }
        }

        return images;
    }

    /// <summary>Every one of <paramref name="names"/> that is there, read whole for an archive.</summary>
    public async Task<Dictionary<string, byte[]>> ReadAllAsync(string exerciseId, string scenarioId, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (Find(exerciseId, scenarioId, name) is { } file)
            {
                files[name] = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            }
        }

        return files;
    }
}
