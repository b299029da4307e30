using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Visibility;

/// <summary>
/// Need-to-know, in one place: for every kind of thing the server hands out, whether and how much a viewer sees it
/// in the exercise's current phase. Every read path (hub join, outline, injects, sector histories, catch-up and pushes; the HTTP log,
/// snapshot, replay, review and reports; the report verb) asks this policy and nothing else.
/// <list type="bullet">
/// <item>Control sees everything of every exercise; everybody else only the exercise they signed in to.</item>
/// <item>An event is seen by whom its audience names: evaluators and observers by its observers flag, a team when
/// it is addressed to all players or to that team, and a team's participants of one role when it is addressed to
/// that role (the team's other participants do not see it). Control-only events (held, due, skipped, cancelled injects;
/// control-only injects) reach control alone.</item>
/// <item>An inject addressed to control only is control's in every phase. Otherwise: a team reads it once released
/// to it; observers once released, and the whole MSEL after the end; evaluators (exercise staff) the whole MSEL at
/// any time. Only control reads triggers and controller notes. A media file goes with the injects that carry it.</item>
/// <item>A team sees only its own expected actions and decisions, of what has reached it, and only its own sectors,
/// acknowledgements, answers, resources and hot-wash answers. Objectives, ratings, observations, findings, the
/// improvement plan and the after-action review are for control, evaluators and observers.</item>
/// <item>A map location is seen with the injects that mention it: control sees every one; anyone else once they see
/// one of those injects (for a team: once one is released to it).</item>
/// </list>
/// </summary>
public static class VisibilityPolicy
{
    /// <summary>Whether the viewer may read this exercise at all.</summary>
    public static bool MayEnter(Viewer viewer, string exerciseId) =>
        viewer.Role == ViewerRole.Control || (viewer.ExerciseId is { } own && own == exerciseId);

    public static bool MaySee(Viewer viewer, ExerciseEvent e) => MaySee(viewer, e.Audience);

    public static bool MaySee(Viewer viewer, EventAudience audience) => viewer.Role switch
    {
        ViewerRole.Control => true,
        ViewerRole.Evaluator or ViewerRole.Observer => audience.Observers,
        ViewerRole.Player => viewer.Team is { } team && audience.Admits(team, viewer.TeamRole),
        _ => false,
    };

    /// <summary>An inject's content: none, without control's material, or all of it.</summary>
    public static Sight Inject(Viewer viewer, ExerciseLifecycle phase, InjectRuntime inject)
    {
        if (viewer.Role == ViewerRole.Control)
        {
            return Sight.Full;
        }

        if (inject.Audience.IsControlOnly)
        {
            return Sight.None;
        }

        var seen = viewer.Role switch
        {
            ViewerRole.Evaluator => true,
            ViewerRole.Observer => inject.IsReleased || phase == ExerciseLifecycle.Ended,
            ViewerRole.Player => inject.IsReleased && viewer.Team is { } team && inject.Audience.Admits(team, viewer.TeamRole),
            _ => false,
        };
        return seen ? Sight.Redacted : Sight.None;
    }

    /// <summary>A map location, given how the viewer sees each inject that mentions it: control always, others with any of them.</summary>
    public static bool Location(Viewer viewer, IEnumerable<Sight> mentioningInjects) =>
        viewer.Role == ViewerRole.Control || mentioningInjects.Any(s => s != Sight.None);

    /// <summary>
    /// A media file: whoever may read one of the injects that carry it (<paramref name="carriers"/>) — so a team once
    /// such an inject is released to it; nobody when no inject carries it.
    /// </summary>
    public static bool Media(Viewer viewer, ExerciseLifecycle phase, IEnumerable<InjectRuntime> carriers) =>
        carriers.Any(inject => Inject(viewer, phase, inject) != Sight.None);

    /// <summary>An expected action of <paramref name="team"/> after <paramref name="inject"/>: a team sees only its own.</summary>
    public static bool ExpectedAction(Viewer viewer, ExerciseLifecycle phase, InjectRuntime inject, string team) =>
        Inject(viewer, phase, inject) != Sight.None && (viewer.Role != ViewerRole.Player || viewer.Team == team);

    /// <summary>
    /// A decision: its own team — each of its teams for a joint decision — once it was put to it; observers once put,
    /// or after the end; staff always.
    /// </summary>
    public static bool Decision(Viewer viewer, ExerciseLifecycle phase, DecisionRuntime decision) => viewer.Role switch
    {
        ViewerRole.Control or ViewerRole.Evaluator => true,
        ViewerRole.Observer => decision.PresentedAt is not null || phase == ExerciseLifecycle.Ended,
        ViewerRole.Player => decision.PresentedAt is not null && viewer.Team is { } team && decision.Definition.Parties.Contains(team, StringComparer.Ordinal),
        _ => false,
    };

    /// <summary>A sector's state and curve: a team sees the sectors its role can see.</summary>
    public static bool Sector(Viewer viewer, ScenarioIndex index, string sector) =>
        viewer.Role != ViewerRole.Player
        || (viewer.Team is { } team && index.SectorViewers.GetValueOrDefault(sector)?.Contains(team, StringComparer.Ordinal) == true);

    /// <summary>A role's briefing: the participants signed in for that role of that team, and staff.</summary>
    public static bool RoleBriefing(Viewer viewer, string team, string role) =>
        viewer.IsStaff || (viewer.Role == ViewerRole.Player && viewer.Team == team && viewer.TeamRole == role);

    /// <summary>What one team did (acknowledged, answered, its resources, its hot-wash answers): that team and staff.</summary>
    public static bool TeamActivity(Viewer viewer, string team) => viewer.IsStaff || viewer.Team == team;

    /// <summary>Objectives with their critical tasks and rating scales: the evaluation guide, not for players.</summary>
    public static bool Objectives(Viewer viewer) => viewer.IsStaff;

    /// <summary>Observations, ratings, findings and the improvement plan.</summary>
    public static bool EvaluationRecords(Viewer viewer) => viewer.IsStaff;

    /// <summary>The after-action review, snapshots, replay and every report format (redacted by the rules above).</summary>
    public static bool Review(Viewer viewer) => viewer.IsStaff;

    /// <summary>Who is connected, join codes and sessions: control runs the room.</summary>
    public static bool Administration(Viewer viewer) => viewer.Role == ViewerRole.Control;
}
