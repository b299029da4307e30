namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Control or an evaluator notes what they saw, optionally about an inject, a team or an objective.</summary>
public sealed record RecordObservation(CommandIssuer Issuer, string Text, string? InjectId, string? Team, string? ObjectiveId) : ExerciseCommand(Issuer);
