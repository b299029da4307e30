namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>Inoperability at or above which a sector counts as degraded, disrupted and failed.</summary>
public sealed record SectorThresholds(double Degraded, double Disrupted, double Failed)
{
    public static SectorThresholds Default { get; } = new(0.05, 0.25, 0.6);
}
