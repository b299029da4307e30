using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A nation or institution in the story; teams play actors.</summary>
public sealed record Actor
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Name { get; init; }
    public ActorKind Kind { get; init; } = ActorKind.Nation;

    /// <summary>ISO 3166 alpha-2 code for a nation.</summary>
    public string? Country { get; init; }

    public string? Description { get; init; }

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
