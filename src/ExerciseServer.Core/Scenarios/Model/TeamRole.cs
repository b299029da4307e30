using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A seat in a team, such as crisis coordinator or liaison officer; injects may be addressed to it alone.</summary>
public sealed record TeamRole(string Id, string Name, string? Description, SourceLocation Location)
{
    /// <summary>Markdown the role's participants read before the start and keep in their inbox.</summary>
    public string? Briefing { get; init; }

    /// <summary>The role's name and description in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
