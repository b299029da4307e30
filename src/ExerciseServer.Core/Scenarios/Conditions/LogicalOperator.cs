namespace ExerciseServer.Core.Scenarios.Conditions;

public enum LogicalOperator
{
    And,
    Or,
}
