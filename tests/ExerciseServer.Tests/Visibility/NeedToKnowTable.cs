using System.Text.Json;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// The need-to-know rules as the README's table states them, written once, independently of the server's policy:
/// from what control sees (the facts), what each role must see, by kind of thing. The matrix tests compare every
/// read path's answer with this table; "staff" are evaluators and observers, control sees everything.
/// </summary>
public static class NeedToKnowTable
{
    private static bool IsStaff(Role role) => role is Role.Observer or Role.Evaluator;

    private static string? TeamOf(Role role) => role switch
    {
        Role.TeamA or Role.TeamARole => NeedToKnowFixture.TeamA,
        Role.TeamB => NeedToKnowFixture.TeamB,
        _ => null,
    };

    private static string? SeatOf(Role role) => role == Role.TeamARole ? NeedToKnowFixture.TeamARole : null;

    /// <summary>An inject's content: control-only injects stay with control; teams read what reached them (an inject to a role, only that role's players); observers the released ones, and the MSEL after the end; evaluators the MSEL.</summary>
    public static bool SeesInject(Role role, Phase phase, InjectFact inject) => role switch
    {
        Role.Control => true,
        _ when inject.ControlOnly => false,
        Role.Evaluator => true,
        Role.Observer => inject.Released || phase == Phase.Ended,
        Role.TeamA or Role.TeamARole or Role.TeamB => inject.Released && inject.Reaches(TeamOf(role)!, SeatOf(role)),
        _ => false,
    };

    /// <summary>An expected action: a team sees its own, of injects that reached it; staff those of injects they see.</summary>
    public static bool SeesAction(Role role, Phase phase, ActionFact action, Facts facts) =>
        SeesInject(role, phase, facts.Injects[action.InjectId]) && (TeamOf(role) is not { } team || action.Team == team);

    /// <summary>
    /// A decision: control and evaluators all; observers once put or after the end; a team its own once put to it —
    /// each team of a joint decision.
    /// </summary>
    public static bool SeesDecision(Role role, Phase phase, DecisionFact decision) => role switch
    {
        Role.Control or Role.Evaluator => true,
        Role.Observer => decision.Presented || phase == Phase.Ended,
        Role.TeamA or Role.TeamARole or Role.TeamB => decision.Presented && decision.Parties.Contains(TeamOf(role)!),
        _ => false,
    };

    /// <summary>A sector: a team the sectors its role can see; everybody else all.</summary>
    public static bool SeesSector(Role role, string sector, Facts facts) =>
        TeamOf(role) is not { } team || facts.SectorsSeenBy[team].Contains(sector);

    /// <summary>Objectives, their tasks and scales: control and staff.</summary>
    public static bool SeesObjectives(Role role) => role == Role.Control || IsStaff(role);

    /// <summary>An event, judged by what it is about, not by the audience the server wrote on it.</summary>
    public static bool SeesEvent(Role role, JsonElement e, Facts facts)
    {
        if (role == Role.Control)
        {
            return true;
        }

        var team = TeamOf(role);
        var staff = IsStaff(role);
        string Text(string name) => e.GetProperty(name).GetString()!;
        bool Ours(string teamProperty) => staff || Text(teamProperty) == team;
        var type = Text("type");
        return type switch
        {
            _ when type.StartsWith("exercise-", StringComparison.Ordinal) || type.StartsWith("clock-", StringComparison.Ordinal) => staff || team is not null,
            "inject-released" or "ad-hoc-inject-created" => facts.Injects[Text("injectId")] is var inject && !inject.ControlOnly
                && (staff || inject.Reaches(team!, SeatOf(role))),
            "inject-held" or "inject-due" or "inject-skipped" or "inject-cancelled" => false,
            "inject-acknowledged" or "inject-responded" or "decision-taken" or "hot-wash-answered" => Ours("team"),
            "message-sent" => staff || Text("from") == team || Text("to") == team,
            "joint-vote-cast" or "joint-decision-resolved" => staff || facts.Decisions.Single(d => d.Id == Text("decisionId")).Parties.Contains(team!),
            "observation-recorded" or "rating-recorded" or "finding-recorded" or "improvement-planned" or "review-item-withdrawn" => staff,
            "expected-action-met" or "expected-action-missed" or "perturbation-expired" => staff,
            "inject-expired" => staff && !facts.Injects[Text("injectId")].ControlOnly,
            "sector-sampled" or "sector-state-changed" => staff || facts.SectorsSeenBy[team!].Contains(Text("sector")),
            _ => throw new InvalidOperationException($"The need-to-know table has no rule for '{type}' events: add one."),
        };
    }

    /// <summary>Which roles may use a read path at all; the others are refused.</summary>
    public static bool MayUse(ReadPath path, Role role) => path switch
    {
        ReadPath.Events => role == Role.Control,
        ReadPath.Snapshot or ReadPath.Replay or ReadPath.Review or ReadPath.ReportJson or ReadPath.ReportHtml or ReadPath.ReportMarkdown or ReadPath.ReportCsv =>
            role == Role.Control || IsStaff(role),
        _ => role is not (Role.Outsider or Role.Anonymous),
    };

    /// <summary>What the role must see of each kind the path answers with, from the facts.</summary>
    public static Seen Expected(Role role, Phase phase, Facts facts) => new(
        facts.Injects.Values.Where(i => SeesInject(role, phase, i)).Select(i => i.Id).ToHashSet(),
        facts.Actions.Where(a => SeesAction(role, phase, a, facts)).Select(a => a.Id).ToHashSet(),
        facts.Decisions.Where(d => SeesDecision(role, phase, d)).Select(d => d.Id).ToHashSet(),
        facts.Sectors.Where(s => SeesSector(role, s, facts)).ToHashSet(),
        facts.Log.Where(e => SeesEvent(role, e, facts)).Select(e => e.GetProperty("seq").GetInt64()).ToHashSet(),
        SeesObjectives(role));
}
