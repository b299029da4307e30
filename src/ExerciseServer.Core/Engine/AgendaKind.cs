namespace ExerciseServer.Core.Engine;

/// <summary>What falls due at a game time; at the same instant they are handled in this order.</summary>
public enum AgendaKind
{
    PerturbationExpiry,
    DecisionDeadline,
    ActionDeadline,
    InjectExpiry,
    InjectDue,
}
