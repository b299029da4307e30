using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// A place on the incident map — a port, a cable route, a jamming area — that injects and sectors refer to by id.
/// An area's ring is stored closed (its last position repeats its first), as GeoJSON has it.
/// </summary>
public sealed record MapLocation
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Name { get; init; }
    public required MapLocationKind Kind { get; init; }

    /// <summary>One position for a point, two or more for a line, the closed ring of an area.</summary>
    public required IReadOnlyList<GeoPosition> Positions { get; init; }

    /// <summary>What it is, for the map's styling: cable, pipeline, power_link, ship_track, jamming, port…</summary>
    public string? Category { get; init; }

    public string? Description { get; init; }
}
