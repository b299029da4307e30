namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// Control or an evaluator adds an improvement-plan item: a corrective action, who owns it and when it is due,
/// optionally answering an area for improvement. With an <see cref="ItemId"/> it rewrites that item.
/// </summary>
public sealed record PlanImprovement(CommandIssuer Issuer, string? ItemId, string? FindingId, string Action, string Owner, DateOnly Due) : ExerciseCommand(Issuer);
