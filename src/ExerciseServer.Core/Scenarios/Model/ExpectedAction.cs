using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>What a team should do after an inject, by when, and what counts as having done it.</summary>
public sealed record ExpectedAction
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>The team that must act; may be left out when the inject goes to exactly one team.</summary>
    public Reference? Team { get; init; }

    public required string Action { get; init; }

    /// <summary>Deadline after the inject's release.</summary>
    public required Located<TimeSpan> Within { get; init; }

    /// <summary>What shows the action was taken; when left out, the team's response to the inject.</summary>
    public Condition? Evidence { get; init; }

    public Reference? Objective { get; init; }
    public Reference? Task { get; init; }

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
