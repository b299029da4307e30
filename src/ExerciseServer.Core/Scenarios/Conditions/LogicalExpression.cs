using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

public sealed record LogicalExpression(LogicalOperator Operator, ConditionExpression Left, ConditionExpression Right, SourceLocation Location)
    : ConditionExpression(Location);
