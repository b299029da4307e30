using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>Who an inject comes from, as played by the simulation cell.</summary>
public sealed record Persona
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Name { get; init; }
    public string? Organisation { get; init; }
    public string? Role { get; init; }
}
