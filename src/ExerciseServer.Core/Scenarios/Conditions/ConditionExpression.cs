using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>A node of a parsed condition; every node knows where in the scenario file it was written.</summary>
public abstract record ConditionExpression(SourceLocation Location);
