namespace ExerciseServer.Core.DryRun;

/// <summary>An inject that did not fire in the run, and why; for a 'when' that never held, each term's last value.</summary>
public sealed record UnfiredInject(string Id, int Number, string Title, string Reason, bool OnDemand, IReadOnlyList<ConditionTerm>? Terms = null);
