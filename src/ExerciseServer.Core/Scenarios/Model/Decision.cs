using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A choice one team makes; its options change the world and can release follow-up injects.</summary>
public sealed record Decision
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The team that decides.</summary>
    public required Reference By { get; init; }

    /// <summary>Time to decide after the decision is presented; then the default option applies, if any.</summary>
    public Located<TimeSpan>? Within { get; init; }

    public Reference? Default { get; init; }
    public IReadOnlyList<DecisionOption> Options { get; init; } = [];
    public Reference? Objective { get; init; }

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
