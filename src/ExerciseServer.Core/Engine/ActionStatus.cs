namespace ExerciseServer.Core.Engine;

/// <summary>How an expected action is judged: not yet due, pending evidence, met in time, or missed.</summary>
public enum ActionStatus
{
    NotStarted,
    Pending,
    Met,
    Missed,
}
