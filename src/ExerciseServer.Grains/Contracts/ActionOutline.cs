namespace ExerciseServer.Grains.Contracts;

/// <summary>An expected action for evaluators: what, by which team, after which inject.</summary>
public sealed record ActionOutline(string Id, string Action, string Team, string InjectId, string? Language = null);
