namespace ExerciseServer.Core.Archives;

/// <summary>One file of an archive as the manifest lists it: its path in the zip, its size and its SHA-256 (lower-case hex).</summary>
public sealed record ArchiveEntry(string Path, long Bytes, string Sha256);
