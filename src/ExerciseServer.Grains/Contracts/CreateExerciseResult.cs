using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Grains.Contracts;

/// <summary>The exercise was created, or why not: the scenario's errors with their locations.</summary>
public sealed record CreateExerciseResult(bool Created, string? Problem, IReadOnlyList<Diagnostic> Diagnostics);
