namespace ExerciseServer.Archives;

/// <summary>What reading an archive gave: the verified archive, or the one reason it was refused.</summary>
public sealed record ArchiveReading(VerifiedArchive? Archive, string? Refusal)
{
    public static ArchiveReading Refused(string reason) => new(null, reason);
}
