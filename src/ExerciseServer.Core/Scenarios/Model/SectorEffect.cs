using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// What an inject or a decision does to a sector: change its perturbation c* (for a while or until changed
/// again), shock its inoperability q at once, or speed up or slow down its recovery rate k.
/// </summary>
public sealed record SectorEffect
{
    public required Reference Sector { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>Added to the sector's perturbation c*; negative values mitigate.</summary>
    public double? Perturbation { get; init; }

    /// <summary>How long the perturbation change lasts; null means until something else changes it.</summary>
    public TimeSpan? For { get; init; }

    /// <summary>Added to the sector's inoperability at once.</summary>
    public double? Shock { get; init; }

    /// <summary>Multiplies the sector's recovery rate k; above 1 recovers faster.</summary>
    public double? RecoveryFactor { get; init; }
}
