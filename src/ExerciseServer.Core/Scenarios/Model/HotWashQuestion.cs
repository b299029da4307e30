using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A question put to participants in the hot wash right after the exercise.</summary>
public sealed record HotWashQuestion(string Id, string Question, Audience Audience, SourceLocation Location)
{
    /// <summary>The question in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
