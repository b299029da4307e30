using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>An expected action during play: the team that must act, its deadline and how it was judged.</summary>
public sealed class ActionRuntime
{
    public required ExpectedAction Definition { get; init; }
    public required Inject Inject { get; init; }
    public required string Team { get; init; }
    public ActionStatus Status { get; private set; } = ActionStatus.NotStarted;
    public TimeSpan? StartedAt { get; private set; }
    public TimeSpan? Deadline { get; private set; }
    public TimeSpan? JudgedAt { get; private set; }

    // The changes below are made only by ExerciseState.Apply, which is why they are internal.
    internal void Start(TimeSpan at, TimeSpan deadline)
    {
        Status = ActionStatus.Pending;
        StartedAt = at;
        Deadline = deadline;
    }

    internal void Judge(ActionStatus status, TimeSpan at)
    {
        Status = status;
        JudgedAt = at;
    }
}
