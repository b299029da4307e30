using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

public sealed record CriticalTask(string Id, string Title, SourceLocation Location);
