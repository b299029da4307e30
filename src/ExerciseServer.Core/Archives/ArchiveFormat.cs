namespace ExerciseServer.Core.Archives;

/// <summary>
/// The names that make an exercise archive: a zip whose <c>manifest.json</c> says what every other entry is and
/// its SHA-256. A reader takes only its own <see cref="Name"/> and a <see cref="Version"/> it knows, so a file from
/// something else, or from a later format, is refused rather than half understood.
/// </summary>
public static class ArchiveFormat
{
    public const string Name = "exerciseserver-exercise-archive";

    /// <summary>Raised whenever an entry or a manifest field changes meaning; readers refuse versions they do not know.</summary>
    public const int Version = 1;

    public const string ManifestPath = "manifest.json";
    public const string EventsPath = "events.jsonl";
    public const string ScenarioFolder = "scenario/";
    public const string MediaFolder = "media/";

    /// <summary>The file name an archive of <paramref name="exerciseId"/> is offered under.</summary>
    public static string FileName(string exerciseId) => $"{exerciseId}.exercise.zip";

    /// <summary>
    /// Whether an entry path is one the format has: the manifest, the log, one scenario file or one media file, each a
    /// plain name under its folder (no sub-folders, no "..", no absolute paths), so nothing read from an archive can
    /// point outside the place it is written to.
    /// </summary>
    public static bool IsKnownPath(string path) =>
        path is ManifestPath or EventsPath
        || (path.StartsWith(ScenarioFolder, StringComparison.Ordinal) && IsPlainName(path[ScenarioFolder.Length..]))
        || (path.StartsWith(MediaFolder, StringComparison.Ordinal) && IsPlainName(path[MediaFolder.Length..]));

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 200 && name is not ("." or "..") && name.IndexOfAny(['/', '\\', ':', '\0']) < 0;
}
