namespace ExerciseServer.Core.DryRun;

/// <summary>One line of a dry run: when (the game offset; outputs show it as story time), what kind, what.</summary>
public sealed record TimelineEntry(TimeSpan At, string Kind, string Text);
