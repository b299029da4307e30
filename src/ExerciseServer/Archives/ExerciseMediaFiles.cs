using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Reports;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Archives;

/// <summary>
/// Where an exercise's media files are: the copy an imported exercise came with, else the library's media folder of
/// its scenario. Serving, the HTML report and exports all ask here, so an imported exercise shows the same files.
/// </summary>
public sealed class ExerciseMediaFiles
{
    private readonly ImportedMediaFolder _imported;
    private readonly Func<string, string?> _scenarioFileOf;

    /// <summary>The server's: a scenario's media folder is beside its file in the library.</summary>
    public ExerciseMediaFiles(ScenarioCatalog catalog, ImportedMediaFolder imported)
        : this(imported, scenarioId => catalog.Find(scenarioId)?.Result.File)
    {
    }

    /// <summary>
    /// The <c>report</c> verb's, reading a data folder without a server: the scenario's media folder is beside the
    /// file the exercise stored (where the server loaded it from).
    /// </summary>
    public ExerciseMediaFiles(ImportedMediaFolder imported, Func<string, string?> scenarioFileOf)
    {
        _imported = imported;
        _scenarioFileOf = scenarioFileOf;
    }

    public FileInfo? Find(string exerciseId, string scenarioId, string name) =>
        _imported.Find(exerciseId, name)
        ?? (_scenarioFileOf(scenarioId) is { } file ? MediaFolder.Find(file, scenarioId, name) : null);

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
