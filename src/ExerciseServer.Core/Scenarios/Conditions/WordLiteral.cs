using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>A bare word: a sector state name (<c>disrupted</c>) or <c>true</c> / <c>false</c>.</summary>
public sealed record WordLiteral(string Word, SourceLocation Location) : ConditionExpression(Location);
