namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>What a part of a condition evaluates to; comparisons need both sides of one type.</summary>
public enum ConditionValueType
{
    Boolean,
    Number,
    Duration,
    SectorState,
}
