namespace ExerciseServer.Archives;

/// <summary>The new exercise's id, or why the archive was refused (then nothing was created).</summary>
public sealed record ArchiveImportOutcome(string? ExerciseId, string? Refusal);
