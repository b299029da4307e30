using ExerciseServer.Core.Engine;

namespace ExerciseServer.Core.Review;

/// <summary>An expected action: who, by when, and how it was judged (<see cref="Status"/> not-started, pending, met or missed).</summary>
public sealed record ActionReview(
    string Id,
    string Action,
    string Team,
    string InjectId,
    int InjectNumber,
    string? ObjectiveId,
    string? TaskId,
    TimeSpan? StartedAt,
    TimeSpan? Deadline,
    ActionStatus Status,
    TimeSpan? JudgedAt,
    TimeSpan? TimeTaken,
    RatingReview? Rating);
