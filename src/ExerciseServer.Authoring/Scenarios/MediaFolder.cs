using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Scenarios;

/// <summary>
/// The file side of inject media: a scenario's files live in <c>&lt;scenario-id&gt;/media/</c> beside the scenario
/// file. At load each named file must be there and within the size limit (located errors at the name); when an
/// exercise serves one, only a name the rules allow is ever turned into a path.
/// </summary>
public static class MediaFolder
{
    /// <summary>The media folder of the scenario read from <paramref name="scenarioFile"/>.</summary>
    public static string PathOf(string scenarioFile, string scenarioId) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? ".", scenarioId, "media");

    /// <summary>ES320 for each media file that is not there, ES215 for one over the limit.</summary>
    public static IReadOnlyList<Diagnostic> Check(string scenarioFile, Scenario scenario)
    {
        var found = new List<Diagnostic>();
        var folder = PathOf(scenarioFile, scenario.Id);
        foreach (var (name, location) in scenario.Injects.SelectMany(i => i.Media))
        {
            var file = new FileInfo(Path.Combine(folder, name));
            if (!file.Exists)
            {
                found.Add(DiagnosticCodes.MissingMediaFile.At(location,
                    $"'{name}' is not in the media folder {MediaFiles.FolderOf(scenario.Id)}/ beside the scenario file; add it there, or fix the name (names are case-sensitive)"));
            }
            else if (file.Length > MediaFiles.MaxBytes)
            {
                found.Add(DiagnosticCodes.MediaTooLarge.At(location,
                    $"'{name}' is {file.Length / (1024.0 * 1024.0):0.0} MiB; a media file may be at most {MediaFiles.MaxBytes / (1024 * 1024)} MiB — shrink or compress it"));
            }
        }

        return found;
    }

    /// <summary>The file for a media name, when the name is one the rules allow and the file is there; otherwise null.</summary>
    public static FileInfo? Find(string scenarioFile, string scenarioId, string name)
    {
        if (!MediaFiles.IsPlainName(name) || MediaFiles.TypeOf(name) is null)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(PathOf(scenarioFile, scenarioId), name));
        return file.Exists && file.Length <= MediaFiles.MaxBytes ? file : null;
    }
}
