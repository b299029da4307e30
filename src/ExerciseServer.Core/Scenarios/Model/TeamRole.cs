using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A seat in a team, such as crisis coordinator or liaison officer.</summary>
public sealed record TeamRole(string Id, string Name, string? Description, SourceLocation Location)
{
    /// <summary>The role's name and description in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
