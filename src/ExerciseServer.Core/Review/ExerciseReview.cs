using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Review;

/// <summary>
/// Everything the after-action review shows, derived from the scenario and the exercise's event log (the run since
/// the last reset): who received and did what when, expected actions met or missed, sector curves with what moved
/// them, ratings, findings, the improvement plan and the hot wash. Times are game time unless named wall time.
/// </summary>
public sealed record ExerciseReview
{
    public required string ExerciseId { get; init; }
    public required string ExerciseName { get; init; }
    public required string ScenarioId { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required DateTimeOffset StoryStart { get; init; }
    public required TimeSpan PlannedDuration { get; init; }

    /// <summary>The scenario's <c>clock.time_zone</c>, when it has one: story times are shown in it.</summary>
    public string? StoryTimeZone { get; init; }

    /// <summary>The story's clock again, for the one story-time formatter.</summary>
    public Scenarios.Model.ScenarioClock ToStoryClock() => new() { Start = StoryStart, Duration = PlannedDuration, TimeZoneId = StoryTimeZone };
    public required ExerciseLifecycle Lifecycle { get; init; }
    public string? EndReason { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public required TimeSpan GameTimeReached { get; init; }
    public required long LastSeq { get; init; }
    public required ReviewFigures Figures { get; init; }
    public required IReadOnlyList<ReviewTeam> Teams { get; init; }
    public required IReadOnlyList<InjectReview> Injects { get; init; }
    public required IReadOnlyList<ActionReview> ExpectedActions { get; init; }
    public required IReadOnlyList<DecisionReview> Decisions { get; init; }
    public required IReadOnlyList<SectorReview> Sectors { get; init; }
    public required IReadOnlyList<ObjectiveReview> Objectives { get; init; }
    public required IReadOnlyList<RatingReview> Ratings { get; init; }
    public required IReadOnlyList<ObservationReview> Observations { get; init; }
    public required IReadOnlyList<FindingReview> Findings { get; init; }
    public required IReadOnlyList<ImprovementReview> ImprovementPlan { get; init; }
    public required IReadOnlyList<HotWashReview> HotWash { get; init; }

    /// <summary>The incident map's locations, each with the injects that mention it, for the replay's map.</summary>
    public IReadOnlyList<Maps.MapFeature> Locations { get; init; } = [];
}
