using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>Who may see something: named teams, roles of teams, all players, exercise control, observers and evaluators.</summary>
public sealed record Audience
{
    public const string AllKeyword = "all";
    public const string ControlKeyword = "control";
    public const string ObserversKeyword = "observers";

    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal) { AllKeyword, ControlKeyword, ObserversKeyword };

    /// <summary>Teams addressed as a whole.</summary>
    public IReadOnlyList<Reference> Teams { get; init; } = [];

    /// <summary>Roles addressed within their team; the rest of the team does not read it.</summary>
    public IReadOnlyList<RoleAddress> Roles { get; init; } = [];

    public bool AllPlayers { get; init; }
    public bool Control { get; init; }
    public bool Observers { get; init; }
    public SourceLocation Location { get; init; }

    public bool IsEmpty => Teams.Count == 0 && Roles.Count == 0 && !AllPlayers && !Control && !Observers;

    /// <summary>Every team named, as a whole or through one of its roles (not the teams 'all' stands for).</summary>
    public IEnumerable<Reference> NamedTeams => Teams.Concat(Roles.Select(r => r.Team));
}
