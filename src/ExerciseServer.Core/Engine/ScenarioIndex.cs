using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>Lookups over a validated scenario that play needs often: built once per exercise.</summary>
public sealed class ScenarioIndex
{
    /// <summary>
    /// Recipients and event audience of every audience the scenario writes, by reference: each exercise state (every
    /// dry run of <c>simulate --policy all</c>) asked for all of them again, distinct and sorted.
    /// </summary>
    private readonly Dictionary<Audience, (IReadOnlyList<string> Recipients, EventAudience Audience)> _addressed = new(ReferenceEqualityComparer.Instance);

    public ScenarioIndex(Scenario scenario)
    {
        Scenario = scenario;
        Injects = scenario.Injects.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Decisions = scenario.Decisions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Teams = [.. scenario.Teams.Select(t => t.Id)];
        TeamRoles = scenario.Teams.SelectMany(t => t.Roles.Select(r => RoleAddress.Of(t.Id, r.Id))).ToHashSet(StringComparer.Ordinal);
        Sectors = scenario.Sectors.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Actions = scenario.Injects.SelectMany(i => i.ExpectedActions.Select(a => (a, i))).ToDictionary(x => x.a.Id, x => (x.a, x.i), StringComparer.Ordinal);
        AfterDependents = scenario.Injects.Where(i => i.After is not null)
            .GroupBy(i => i.After!.Inject.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Inject>)[.. g], StringComparer.Ordinal);
        Contingencies = scenario.Injects.Where(i => i.ContingencyFor is not null)
            .GroupBy(i => i.ContingencyFor!.Value.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Inject>)[.. g], StringComparer.Ordinal);
        foreach (var audience in scenario.Injects.Select(i => i.To).Concat(scenario.HotWash.Select(q => q.Audience)))
        {
            _addressed.TryAdd(audience, (Recipients(audience), Addressed(audience)));
        }

        SectorViewers = scenario.Sectors.ToDictionary(
            s => s.Id,
            s => (IReadOnlyList<string>)[.. scenario.Teams.Where(t => t.Sees.Any(r => r.Id == s.Id)).Select(t => t.Id)],
            StringComparer.Ordinal);
    }

    public Scenario Scenario { get; }
    public IReadOnlyDictionary<string, Inject> Injects { get; }
    public IReadOnlyDictionary<string, Decision> Decisions { get; }
    public IReadOnlyList<string> Teams { get; }

    /// <summary>Every role of every team as a recipient address, <c>team/role</c>.</summary>
    public IReadOnlySet<string> TeamRoles { get; }

    /// <summary>Whether play may address <paramref name="to"/>: a team, or a role of a team (<c>team/role</c>).</summary>
    public bool IsRecipient(string to) => Teams.Contains(to, StringComparer.Ordinal) || TeamRoles.Contains(to);

    /// <summary>The team of a recipient address: the team itself, or the team a <c>team/role</c> address belongs to.</summary>
    public static string TeamOf(string to) => to.Split(RoleAddress.Separator)[0];
    public IReadOnlyDictionary<string, Sector> Sectors { get; }
    public IReadOnlyDictionary<string, (ExpectedAction Action, Inject Inject)> Actions { get; }

    /// <summary>Injects released a delay after the keyed inject.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Inject>> AfterDependents { get; }

    /// <summary>Injects released when the keyed expected action is missed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Inject>> Contingencies { get; }

    /// <summary>The teams that may see each sector.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SectorViewers { get; }

    public IReadOnlyList<string> RecipientsOf(Audience audience) =>
        _addressed.TryGetValue(audience, out var known) ? known.Recipients : Recipients(audience);

    public EventAudience AudienceOf(Audience audience) =>
        _addressed.TryGetValue(audience, out var known) ? known.Audience : Addressed(audience);

    private IReadOnlyList<string> Recipients(Audience audience) =>
        audience.AllPlayers ? Teams : [.. audience.NamedTeams.Select(t => t.Id).Distinct(StringComparer.Ordinal)];

    private static EventAudience Addressed(Audience audience) =>
        EventAudience.Addressed(audience.AllPlayers, audience.Teams.Select(t => t.Id), audience.Observers, audience.Roles.Select(r => r.Key));

    public EventAudience SectorAudience(string sector) => EventAudience.ForTeams(SectorViewers.GetValueOrDefault(sector) ?? []);

    /// <summary>
    /// The scale a rating target (<paramref name="kind"/> "objective", "task" or "expected-action") is rated on: its
    /// objective's, or HSEEP for an expected action tied to none; null when there is no such target.
    /// </summary>
    public IReadOnlyList<RatingLevel>? RatingScaleOf(string kind, string id)
    {
        var objectives = Scenario.Objectives;
        Objective? OwnerOfTask(string taskId) => objectives.FirstOrDefault(o => o.CriticalTasks.Any(t => t.Id == taskId));
        return kind switch
        {
            "objective" => objectives.FirstOrDefault(o => o.Id == id)?.RatingScale,
            "task" => OwnerOfTask(id)?.RatingScale,
            "expected-action" when Actions.TryGetValue(id, out var action) =>
                (action.Action.Objective?.Id is { } objectiveId ? objectives.FirstOrDefault(o => o.Id == objectiveId)
                    : action.Action.Task?.Id is { } taskId ? OwnerOfTask(taskId)
                    : null)?.RatingScale ?? RatingLevel.Hseep,
            _ => null,
        };
    }
}
