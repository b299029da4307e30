using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Hubs;

/// <summary>
/// SignalR groups per exercise: one per kind of viewer (control, evaluators, observers, each team, each role of a
/// team), so the bridge can send each group what the visibility policy lets that viewer see. A participant signed in
/// for a role joins that role's group only; the bridge sends team-wide events to it as well. Groups route pushes; they are not the
/// security boundary.
/// </summary>
public static class ExerciseGroups
{
    public static string Control(string exerciseId) => $"ex:{exerciseId}:control";

    public static string Evaluators(string exerciseId) => $"ex:{exerciseId}:evaluators";

    public static string Observers(string exerciseId) => $"ex:{exerciseId}:observers";

    public static string Team(string exerciseId, string team) => $"ex:{exerciseId}:team:{team}";

    public static string TeamRole(string exerciseId, string team, string role) => $"ex:{exerciseId}:team:{team}:role:{role}";

    /// <summary>The group a viewer's connection joins for an exercise.</summary>
    public static string Of(string exerciseId, Viewer viewer) => viewer.Role switch
    {
        ViewerRole.Control => Control(exerciseId),
        ViewerRole.Evaluator => Evaluators(exerciseId),
        ViewerRole.Observer => Observers(exerciseId),
        _ when viewer.TeamRole is { } role => TeamRole(exerciseId, viewer.Team!, role),
        _ => Team(exerciseId, viewer.Team!),
    };

    /// <summary>Every group of the exercise with the viewer its members read as.</summary>
    /// <param name="seats">Every role of every team, as <c>team/role</c>.</param>
    public static IEnumerable<(string Group, Viewer Viewer)> All(string exerciseId, IEnumerable<string> teams, IEnumerable<string>? seats = null) =>
        [
            (Control(exerciseId), Viewer.Control),
            (Evaluators(exerciseId), Viewer.Evaluator(exerciseId)),
            (Observers(exerciseId), Viewer.Observer(exerciseId)),
            .. teams.Select(team => (Team(exerciseId, team), Viewer.Player(exerciseId, team))),
            .. (seats ?? []).Select(seat => seat.Split('/')).Where(parts => parts.Length == 2)
                .Select(parts => (TeamRole(exerciseId, parts[0], parts[1]), Viewer.Player(exerciseId, parts[0], parts[1]))),
        ];
}
