namespace ExerciseServer.Core.DryRun;

/// <summary>One line of a dry run: when (game offset and the story time it stands for), what kind, what.</summary>
public sealed record TimelineEntry(TimeSpan At, string Kind, string Text)
{
    /// <summary>"Mon 12 Jan 07:05 UTC+02:00": the story clock at <see cref="At"/>, on the scenario's own zone.</summary>
    public string StoryTime { get; init; } = "";
}
