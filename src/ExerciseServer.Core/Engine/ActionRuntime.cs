using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>An expected action during play: the team that must act, its deadline and how it was judged.</summary>
public sealed class ActionRuntime
{
    public required ExpectedAction Definition { get; init; }
    public required Inject Inject { get; init; }
    public required string Team { get; init; }
    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;
    public TimeSpan? StartedAt { get; set; }
    public TimeSpan? Deadline { get; set; }
    public TimeSpan? JudgedAt { get; set; }
}
