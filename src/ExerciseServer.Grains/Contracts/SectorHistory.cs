namespace ExerciseServer.Grains.Contracts;

/// <summary>A sector's curve so far and the sequence number it is complete up to.</summary>
public sealed record SectorHistory(string ExerciseId, string Sector, long UpToSeq, IReadOnlyList<SectorPoint> Points);
