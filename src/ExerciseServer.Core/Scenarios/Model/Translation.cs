using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>An inject's title and body in another of the scenario's languages.</summary>
public sealed record Translation(string Language, string? Title, string? Body, SourceLocation Location);
