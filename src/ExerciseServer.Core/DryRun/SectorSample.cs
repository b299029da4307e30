namespace ExerciseServer.Core.DryRun;

/// <summary>Every sector's inoperability at one game time, in the order of <see cref="SectorSeries.Sectors"/>.</summary>
public sealed record SectorSample(TimeSpan At, IReadOnlyList<double> Inoperability);
