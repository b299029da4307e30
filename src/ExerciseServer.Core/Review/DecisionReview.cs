namespace ExerciseServer.Core.Review;

/// <summary>
/// A decision: when it was put to the team, what it chose and when, and whether the default applied. For a joint
/// decision <see cref="Team"/> is its lead or first team, and <see cref="Joint"/> holds its teams, rule, votes and
/// how it resolved.
/// </summary>
public sealed record DecisionReview(
    string Id,
    string Title,
    string Team,
    TimeSpan? PresentedAt,
    string? OptionId,
    string? OptionTitle,
    TimeSpan? DecidedAt,
    bool ByDefault)
{
    /// <summary>The teams, rule, votes and resolution of a joint decision; null for a decision of one team.</summary>
    public JointDecisionReview? Joint { get; init; }
}
