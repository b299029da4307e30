namespace ExerciseServer.Core.DryRun;

public sealed record TimelineEntry(TimeSpan At, string Kind, string Text);
