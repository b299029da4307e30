namespace ExerciseServer.Core.Review;

/// <summary>
/// An inject or decision that acted on a sector (<see cref="Kind"/> "inject" or "decision"): the perturbation or
/// shock it added, or the factor it put on recovery.
/// </summary>
public sealed record SectorMarker(TimeSpan GameTime, string Kind, string Id, string Label, string? Team, double? Perturbation, double? Shock, double? RecoveryFactor);
