namespace ExerciseServer.Core.DryRun;

public sealed record DecisionOutcome(string Id, string Team, string? Option, TimeSpan? At, bool ByDefault);
