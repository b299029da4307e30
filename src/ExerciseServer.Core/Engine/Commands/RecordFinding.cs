namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// Control or an evaluator writes a strength or an area for improvement (<see cref="Kind"/> "strength" or
/// "area-for-improvement"), optionally under an objective. With a <see cref="FindingId"/> it rewrites that finding.
/// </summary>
public sealed record RecordFinding(CommandIssuer Issuer, string? FindingId, string Kind, string? ObjectiveId, string Text) : ExerciseCommand(Issuer);
