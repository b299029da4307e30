namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// A team casts its vote in a joint decision: an option, or a refusal (<see cref="OptionId"/> null) — under the
/// all rule a refusal means the teams do not agree.
/// </summary>
public sealed record CastJointVote(CommandIssuer Issuer, string DecisionId, string? OptionId) : ExerciseCommand(Issuer);
