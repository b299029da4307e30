using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A group of players who respond together for one actor.</summary>
public sealed record Team
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Name { get; init; }
    public Reference? Plays { get; init; }
    public string? Description { get; init; }

    /// <summary>The sectors whose state this team is shown.</summary>
    public IReadOnlyList<Reference> Sees { get; init; } = [];

    public IReadOnlyList<TeamRole> Roles { get; init; } = [];

    /// <summary>Named quantities decisions spend or add to, such as repair vessels.</summary>
    public IReadOnlyList<TeamResource> Resources { get; init; } = [];

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
