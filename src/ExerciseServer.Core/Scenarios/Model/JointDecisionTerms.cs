using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// Who decides a joint decision and by which rule: the teams it is put to (two or more), the rule, and for the
/// <see cref="JointRule.Lead"/> rule the team whose vote decides.
/// </summary>
public sealed record JointDecisionTerms
{
    public required IReadOnlyList<Reference> Teams { get; init; }
    public required JointRule Rule { get; init; }

    /// <summary>The deciding team under <see cref="JointRule.Lead"/>; null under the other rules.</summary>
    public Reference? Lead { get; init; }

    /// <summary>Where 'rule' is written, for errors about the rule.</summary>
    public required SourceLocation RuleLocation { get; init; }

    /// <summary>Where 'teams' is written, for errors about the set of teams.</summary>
    public required SourceLocation TeamsLocation { get; init; }
}
