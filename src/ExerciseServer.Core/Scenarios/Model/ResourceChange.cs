using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

public sealed record ResourceChange(string Name, double Delta, SourceLocation Location);
