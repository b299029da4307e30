namespace ExerciseServer.Core.DryRun;

public sealed record FiredInject(string Id, int Number, TimeSpan At, string Title, IReadOnlyList<string> Recipients);
