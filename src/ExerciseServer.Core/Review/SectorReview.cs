namespace ExerciseServer.Core.Review;

/// <summary>A sector's inoperability curve over the run, its state changes, and the injects and decisions that moved it.</summary>
public sealed record SectorReview(
    string Id,
    string Name,
    double Degraded,
    double Disrupted,
    double Failed,
    double Peak,
    TimeSpan PeakAt,
    IReadOnlyList<SectorPointReview> Points,
    IReadOnlyList<SectorChangeReview> Changes,
    IReadOnlyList<SectorMarker> Markers);
