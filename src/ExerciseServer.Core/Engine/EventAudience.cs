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

    public static EventAudience ForTeams(IEnumerable<string> teams, bool observers = true) => new() { Teams = [.. teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Observers = observers };

    public bool IncludesTeam(string team) => AllPlayers || Teams.Contains(team, StringComparer.Ordinal);

    public bool Equals(EventAudience? other) =>
        other is not null && AllPlayers == other.AllPlayers && Observers == other.Observers && Teams.SequenceEqual(other.Teams, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(AllPlayers, Observers, Teams.Count);
}
