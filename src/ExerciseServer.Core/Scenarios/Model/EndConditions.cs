namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>When the exercise ends before its planned duration: any one of these conditions.</summary>
public sealed record EndConditions
{
    public IReadOnlyList<Condition> When { get; init; } = [];
}
