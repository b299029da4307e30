namespace ExerciseServer.Core.DryRun;

/// <summary>The sectors' curves over a run: samples on a regular grid of game time, and one at the end.</summary>
public sealed record SectorSeries(IReadOnlyList<string> Sectors, TimeSpan Interval, IReadOnlyList<SectorSample> Samples);
