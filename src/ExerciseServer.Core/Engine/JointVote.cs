namespace ExerciseServer.Core.Engine;

/// <summary>One team's vote in a joint decision: an option or, when <see cref="OptionId"/> is null, a refusal.</summary>
public sealed record JointVote(string Team, string? OptionId, string? By, TimeSpan At);
