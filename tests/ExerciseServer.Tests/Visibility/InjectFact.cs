namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// An inject as control sees it: control-only when it goes to no team (the endex cue, control's own notes). Whole teams
/// and seats (<c>team/role</c>) come from the scenario file for scripted injects; an ad-hoc inject goes to whole teams.
/// </summary>
public sealed record InjectFact(string Id, string Title, bool ControlOnly, bool Released, IReadOnlyList<string> Recipients, IReadOnlyList<string> WholeTeams, IReadOnlyList<string> Seats)
{
    /// <summary>Whether a player of <paramref name="team"/> in <paramref name="role"/> (or none) is addressed.</summary>
    public bool Reaches(string team, string? role) => WholeTeams.Contains(team) || (role is not null && Seats.Contains($"{team}/{role}"));
}
