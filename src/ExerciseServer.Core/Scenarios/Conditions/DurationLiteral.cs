using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Conditions;

public sealed record DurationLiteral(TimeSpan Value, SourceLocation Location) : ConditionExpression(Location);
