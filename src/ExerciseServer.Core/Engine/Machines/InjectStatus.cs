namespace ExerciseServer.Core.Engine.Machines;

/// <summary>Where an inject is in its lifecycle. <see cref="Held"/>: control holds it before its trigger fired; <see cref="Due"/>: its trigger fired while held.</summary>
public enum InjectStatus
{
    Pending,
    Held,
    Due,
    Released,
    Acknowledged,
    Responded,
    Expired,
    Skipped,
    Cancelled,
}
