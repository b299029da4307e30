using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A module of the exercise, such as detection, cascade or recovery, with its discussion questions.</summary>
public sealed record Phase
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>Offset from the exercise start at which the phase begins.</summary>
    public Located<TimeSpan> Starts { get; init; }

    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
