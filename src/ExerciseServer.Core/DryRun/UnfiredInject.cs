namespace ExerciseServer.Core.DryRun;

/// <summary>An inject that did not fire in the run, and why.</summary>
public sealed record UnfiredInject(string Id, int Number, string Title, string Reason, bool OnDemand);
