using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>An infrastructure sector in the inoperability input–output model.</summary>
public sealed record Sector
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>q(0): the share of the sector's function lost when the exercise starts, in [0, 1].</summary>
    public double Initial { get; init; }

    /// <summary>T: how long the sector takes, left alone, to fall to 1 % of a disruption.</summary>
    public required TimeSpan RecoveryTime { get; init; }

    public SectorThresholds Thresholds { get; init; } = SectorThresholds.Default;

    /// <summary>The row of A*: what this sector's inoperability takes from the others'.</summary>
    public IReadOnlyList<SectorDependency> DependsOn { get; init; } = [];

    /// <summary>The map locations the sector's infrastructure runs through (shown to control).</summary>
    public IReadOnlyList<Reference> Locations { get; init; } = [];

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
