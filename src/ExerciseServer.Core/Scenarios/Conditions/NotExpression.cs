using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

public sealed record NotExpression(ConditionExpression Operand, SourceLocation Location) : ConditionExpression(Location);
