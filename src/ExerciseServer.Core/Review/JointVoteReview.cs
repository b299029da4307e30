namespace ExerciseServer.Core.Review;

/// <summary>One team's vote in a joint decision: the option (null when the team refused), who cast it and when.</summary>
public sealed record JointVoteReview(string Team, string? OptionId, string? OptionTitle, string? By, TimeSpan GameTime);
