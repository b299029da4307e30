using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

public sealed record TeamResource(string Name, double Initial, SourceLocation Location);
