namespace ExerciseServer.Core.Engine.Commands;

/// <summary>A team chooses an option of a decision put to it.</summary>
public sealed record TakeDecision(CommandIssuer Issuer, string DecisionId, string OptionId) : ExerciseCommand(Issuer);
