namespace ExerciseServer.Core.Engine;

/// <summary>
/// Who may see an event. Exercise control sees every event; the others see only what names them:
/// observers and evaluators, all players, listed teams, or listed roles of teams (<c>team/role</c>), which the rest
/// of those teams does not see.
/// </summary>
public sealed record EventAudience
{
    public static EventAudience ControlOnly { get; } = new();

    public static EventAudience Everyone { get; } = new() { AllPlayers = true, Observers = true };

    public static EventAudience ControlAndObservers { get; } = new() { Observers = true };

    public bool AllPlayers { get; init; }

    public bool Observers { get; init; }

    public IReadOnlyList<string> Teams { get; init; } = [];

    /// <summary>Roles addressed within their team, as <c>team/role</c>; their team counts as a recipient.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>
    /// An inject's audience from whom it is addressed to: observers and evaluators see whatever goes to players, and
    /// what is addressed to them; what is addressed to control alone stays with control.
    /// </summary>
    public static EventAudience Addressed(bool allPlayers, IEnumerable<string> teams, bool observers, IEnumerable<string>? roles = null)
    {
        var named = allPlayers ? [] : teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var seats = allPlayers ? [] : (roles ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new() { AllPlayers = allPlayers, Teams = named, Roles = seats, Observers = observers || allPlayers || named.Count > 0 || seats.Count > 0 };
    }

    /// <summary>Seen by exercise control alone.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsControlOnly => !AllPlayers && !Observers && Teams.Count == 0 && Roles.Count == 0;

    public static EventAudience ForTeams(IEnumerable<string> teams, bool observers = true) => new() { Teams = [.. teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Observers = observers };

    /// <summary>Whether the team is a recipient: as a whole, or through one of its roles.</summary>
    public bool IncludesTeam(string team) =>
        AllPlayers || Teams.Contains(team, StringComparer.Ordinal) || Roles.Any(r => r.Length > team.Length && r.StartsWith(team, StringComparison.Ordinal) && r[team.Length] == '/');

    /// <summary>Whether a participant of <paramref name="team"/> playing <paramref name="role"/> (or none) reads it.</summary>
    public bool Admits(string team, string? role) =>
        AllPlayers || Teams.Contains(team, StringComparer.Ordinal) || (role is not null && Roles.Contains($"{team}/{role}", StringComparer.Ordinal));

    public bool Equals(EventAudience? other) =>
        other is not null && AllPlayers == other.AllPlayers && Observers == other.Observers && Teams.SequenceEqual(other.Teams, StringComparer.Ordinal)
        && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(AllPlayers, Observers, Teams.Count);
}
