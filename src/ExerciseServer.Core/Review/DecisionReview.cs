namespace ExerciseServer.Core.Review;

/// <summary>A decision: when it was put to the team, what it chose and when, and whether the default applied.</summary>
public sealed record DecisionReview(
    string Id,
    string Title,
    string Team,
    TimeSpan? PresentedAt,
    string? OptionId,
    string? OptionTitle,
    TimeSpan? DecidedAt,
    bool ByDefault);
