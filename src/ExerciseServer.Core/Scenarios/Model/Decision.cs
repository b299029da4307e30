using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// A choice one team makes, or several teams make together (<see cref="Joint"/>); its options change the world and
/// can release follow-up injects.
/// </summary>
public sealed record Decision
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>
    /// The team that decides. For a joint decision, the lead team under the lead rule, else the first of its teams:
    /// the team the decision is filed under where one team is needed.
    /// </summary>
    public required Reference By { get; init; }

    /// <summary>The teams and rule of a decision put to several teams; null for a decision of one team.</summary>
    public JointDecisionTerms? Joint { get; init; }

    /// <summary>The teams the decision is put to: its joint teams, or the one team that decides.</summary>
    public IReadOnlyList<string> Parties => Joint is { } joint ? [.. joint.Teams.Select(t => t.Id).Distinct(StringComparer.Ordinal)] : [By.Id];

    /// <summary>Time to decide after the decision is presented; then the default option applies, if any.</summary>
    public Located<TimeSpan>? Within { get; init; }

    public Reference? Default { get; init; }
    public IReadOnlyList<DecisionOption> Options { get; init; } = [];
    public Reference? Objective { get; init; }

    /// <summary>The item's words in the scenario's other languages.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
}
