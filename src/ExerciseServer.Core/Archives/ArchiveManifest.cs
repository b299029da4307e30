namespace ExerciseServer.Core.Archives;

/// <summary>
/// What <c>manifest.json</c> says about an archive: the format and the server that wrote it, the exercise, its
/// scenario (entry and hash), the log (entry, event count, last seq and the hash of the state its replay reaches)
/// and every other entry with its hash. Join codes, passwords and tokens are never part of it.
/// </summary>
public sealed record ArchiveManifest(
    string Format,
    int FormatVersion,
    string ServerVersion,
    DateTimeOffset ExportedAt,
    string ExerciseId,
    string ExerciseName,
    string ScenarioId,
    string ScenarioEntry,
    string ScenarioSha256,
    string EventsEntry,
    int EventCount,
    long LastSeq,
    string StateSha256,
    IReadOnlyList<ArchiveEntry> Entries);
