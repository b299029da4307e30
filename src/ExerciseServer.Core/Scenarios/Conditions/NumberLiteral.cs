using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>A number; <c>30%</c> is read as 0.3.</summary>
public sealed record NumberLiteral(double Value, SourceLocation Location) : ConditionExpression(Location);
