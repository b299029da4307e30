using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary><c>time</c>: game time elapsed since the exercise started.</summary>
public sealed record GameTimeExpression(SourceLocation Location) : ConditionExpression(Location);
