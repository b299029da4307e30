namespace ExerciseServer.Core.Review;

/// <summary>A decision as it stood at one moment of the replay; for a joint decision also the votes cast by then.</summary>
public sealed record SnapshotDecision(string Id, string Team, TimeSpan? PresentedAt, string? OptionId, TimeSpan? DecidedAt, bool ByDefault)
{
    /// <summary>The votes cast by then, as team → option (null for a refusal); empty for a decision of one team.</summary>
    public IReadOnlyList<JointVoteReview> Votes { get; init; } = [];
}
