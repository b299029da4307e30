namespace ExerciseServer.Grains.Contracts;

/// <summary>One team's vote: the option, or null for a refusal; who cast it, and when in game time.</summary>
public sealed record JointVoteDetail(string Team, string? OptionId, string? By, TimeSpan At);
