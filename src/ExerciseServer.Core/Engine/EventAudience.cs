namespace ExerciseServer.Core.Engine;

/// <summary>
/// Who may see an event. Exercise control sees every event; the others see only what names them:
/// observers and evaluators, all players, or listed teams.
/// </summary>
public sealed record EventAudience
{
    public static EventAudience ControlOnly { get; } = new();

    public static EventAudience Everyone { get; } = new() { AllPlayers = true, Observers = true };

    public static EventAudience ControlAndObservers { get; } = new() { Observers = true };

    public bool AllPlayers { get; init; }

    public bool Observers { get; init; }

    public IReadOnlyList<string> Teams { get; init; } = [];

    /// <summary>
    /// An inject's audience from whom it is addressed to: observers and evaluators see whatever goes to players, and
    /// what is addressed to them; what is addressed to control alone stays with control.
    /// </summary>
    public static EventAudience Addressed(bool allPlayers, IEnumerable<string> teams, bool observers)
    {
        var named = allPlayers ? [] : teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new() { AllPlayers = allPlayers, Teams = named, Observers = observers || allPlayers || named.Count > 0 };
    }

    /// <summary>Seen by exercise control alone.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsControlOnly => !AllPlayers && !Observers && Teams.Count == 0;

    public static EventAudience ForTeams(IEnumerable<string> teams, bool observers = true) => new() { Teams = [.. teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Observers = observers };

    public bool IncludesTeam(string team) => AllPlayers || Teams.Contains(team, StringComparer.Ordinal);

    public bool Equals(EventAudience? other) =>
        other is not null && AllPlayers == other.AllPlayers && Observers == other.Observers && Teams.SequenceEqual(other.Teams, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(AllPlayers, Observers, Teams.Count);
}
