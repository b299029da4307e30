using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// The scenario's ids by kind, built once. Building reports duplicates; lookups report unresolved
/// references with the nearest id as a suggestion.
/// </summary>
internal sealed class ScenarioSymbols
{
    private readonly DiagnosticBag _diagnostics;

    public ScenarioSymbols(Scenario scenario, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        Sectors = Index(scenario.Sectors, s => s.Id, s => s.Location, "sector");
        Actors = Index(scenario.Actors, a => a.Id, a => a.Location, "actor");
        Teams = Index(scenario.Teams, t => t.Id, t => t.Location, "team");
        Personas = Index(scenario.Personas, p => p.Id, p => p.Location, "persona");
        Objectives = Index(scenario.Objectives, o => o.Id, o => o.Location, "objective");
        Tasks = Index(scenario.Objectives.SelectMany(o => o.CriticalTasks.Select(t => (Task: t, Objective: o))), x => x.Task.Id, x => x.Task.Location, "critical task");
        Phases = Index(scenario.Phases, p => p.Id, p => p.Location, "phase");
        Injects = Index(scenario.Injects, i => i.Id, i => i.Location, "inject");
        Decisions = Index(scenario.Decisions, d => d.Id, d => d.Location, "decision");
        ExpectedActions = Index(scenario.Injects.SelectMany(i => i.ExpectedActions.Select(a => (Action: a, Inject: i))), x => x.Action.Id, x => x.Action.Location, "expected action");
        Index(scenario.HotWash, q => q.Id, q => q.Location, "hot-wash question");
        Locations = Index(scenario.Locations, l => l.Id, l => l.Location, "location");
        Options = scenario.Decisions.ToDictionary(d => d, d => Index(d.Options, o => o.Id, o => o.Location, $"option of decision '{d.Id}'"));
        foreach (var team in scenario.Teams)
        {
            Index(team.Roles, r => r.Id, r => r.Location, $"role of team '{team.Id}'");
            Index(team.Resources, r => r.Name, r => r.Location, $"resource of team '{team.Id}'");
        }

        Presenters = scenario.Injects.Where(i => i.Decision is not null)
            .GroupBy(i => i.Decision!.Value.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Inject>)[.. g], StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Sector> Sectors { get; }
    public IReadOnlyDictionary<string, Actor> Actors { get; }
    public IReadOnlyDictionary<string, Team> Teams { get; }
    public IReadOnlyDictionary<string, Persona> Personas { get; }
    public IReadOnlyDictionary<string, Objective> Objectives { get; }
    public IReadOnlyDictionary<string, (CriticalTask Task, Objective Objective)> Tasks { get; }
    public IReadOnlyDictionary<string, Phase> Phases { get; }
    public IReadOnlyDictionary<string, Inject> Injects { get; }
    public IReadOnlyDictionary<string, Decision> Decisions { get; }
    public IReadOnlyDictionary<string, (ExpectedAction Action, Inject Inject)> ExpectedActions { get; }
    public IReadOnlyDictionary<Decision, Dictionary<string, DecisionOption>> Options { get; }
    public IReadOnlyDictionary<string, MapLocation> Locations { get; }

    /// <summary>The injects that put each decision to its team.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Inject>> Presenters { get; }

    public IReadOnlyList<Inject> PresentersOf(string decisionId) => Presenters.GetValueOrDefault(decisionId) ?? [];

    /// <summary>Looks a reference up; reports it when it names nothing of that kind.</summary>
    public T? Resolve<T>(Reference reference, IReadOnlyDictionary<string, T> table, string kind)
    {
        if (table.TryGetValue(reference.Id, out var found))
        {
            return found;
        }

        var known = table.Count == 0 ? $"; the scenario defines no {kind}" : DidYouMean.Hint(reference.Id, table.Keys);
        _diagnostics.Report(DiagnosticCodes.UnresolvedReference, reference.Location, $"no {kind} has the id '{reference.Id}'{known}");
        return default;
    }

    public bool Has<T>(Reference reference, IReadOnlyDictionary<string, T> table, string kind) => Resolve(reference, table, kind) is not null;

    /// <summary>Looks up <c>team/role</c>: the team, then the role among that team's roles.</summary>
    public void Resolve(RoleAddress address)
    {
        if (Resolve(address.Team, Teams, "team") is { } team && team.Roles.All(r => r.Id != address.Role.Id))
        {
            var known = team.Roles.Count == 0 ? $"; team '{team.Id}' defines no roles" : DidYouMean.Hint(address.Role.Id, team.Roles.Select(r => r.Id));
            _diagnostics.Report(DiagnosticCodes.UnresolvedReference, address.Role.Location, $"team '{team.Id}' has no role '{address.Role.Id}'{known}");
        }
    }

    private Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> location, string kind)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (!table.TryAdd(key, item))
            {
                var first = location(table[key]);
                _diagnostics.Report(DiagnosticCodes.DuplicateId, location(item), $"another {kind} already has the id '{key}' (line {first.Line})");
            }
        }

        return table;
    }
}
