namespace ExerciseServer.Core.DryRun;

/// <summary>An expected action's verdict; <see cref="After"/> is the time from release to the verdict.</summary>
public sealed record ActionOutcome(string Id, string Team, string Inject, string Status, TimeSpan? After);
