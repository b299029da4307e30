namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// Control or an evaluator rates an objective, a critical task or an expected action (<see cref="TargetKind"/>
/// "objective", "task" or "expected-action") on the objective's scale, HSEEP P/S/M/U unless the scenario says otherwise.
/// </summary>
public sealed record RecordRating(CommandIssuer Issuer, string TargetKind, string TargetId, string Rating, string? Note) : ExerciseCommand(Issuer);
