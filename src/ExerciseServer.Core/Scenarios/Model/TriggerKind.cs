namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>How an inject gets released; <see cref="None"/> means only by a follow-up or as a contingency.</summary>
public enum TriggerKind
{
    None,
    At,
    After,
    When,
    OnDemand,
}
