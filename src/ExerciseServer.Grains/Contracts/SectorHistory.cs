namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// A sector's curve in the current run and the sequence number it is complete up to; <paramref name="RunStartSeq"/> is
/// the reset the run began with (0 for the first run).
/// </summary>
public sealed record SectorHistory(string ExerciseId, string Sector, long UpToSeq, IReadOnlyList<SectorPoint> Points, long RunStartSeq = 0);
