using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>An exercise objective mapped to a capability, with the critical tasks evaluators rate (HSEEP EEG).</summary>
public sealed record Objective
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public required string Capability { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<CriticalTask> CriticalTasks { get; init; } = [];
    public IReadOnlyList<RatingLevel> RatingScale { get; init; } = RatingLevel.Hseep;
}
