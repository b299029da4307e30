using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>A function over the exercise's state, such as <c>inoperability(energy)</c> or <c>chosen(d1, lng)</c>.</summary>
public sealed record CallExpression(string Name, IReadOnlyList<Reference> Arguments, SourceLocation Location) : ConditionExpression(Location);
