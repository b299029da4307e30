using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A value with the place it was written, for checks that can only be made once everything is read.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
