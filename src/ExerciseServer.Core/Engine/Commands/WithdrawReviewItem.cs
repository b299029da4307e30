namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Control or an evaluator takes back a finding or an improvement-plan item; the log keeps both facts.</summary>
public sealed record WithdrawReviewItem(CommandIssuer Issuer, string ItemId) : ExerciseCommand(Issuer);
