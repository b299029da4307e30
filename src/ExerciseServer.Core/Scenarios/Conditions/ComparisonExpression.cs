using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

public sealed record ComparisonExpression(ConditionExpression Left, ComparisonOperator Operator, ConditionExpression Right, SourceLocation Location)
    : ConditionExpression(Location);
