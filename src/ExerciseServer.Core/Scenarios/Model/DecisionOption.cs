using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

public sealed record DecisionOption
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<SectorEffect> Effects { get; init; } = [];

    /// <summary>Changes to the deciding team's resources, such as −1 repair vessel.</summary>
    public IReadOnlyList<ResourceChange> Resources { get; init; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
