using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Conditions;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A parsed condition with its text, so the engine evaluates a tree and authors see what they wrote.</summary>
public sealed record Condition(string Text, ConditionExpression Expression, SourceLocation Location);
