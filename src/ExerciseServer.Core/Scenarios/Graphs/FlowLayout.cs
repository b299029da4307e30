using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Validation;

namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>
/// Where each inject sits in the flow diagram: the lane of its phase (named, or the phase running at its scheduled
/// time) and the lines of its box, with its story time when the file fixes it.
/// </summary>
internal sealed class FlowLayout
{
    private readonly Scenario _scenario;
    private readonly IReadOnlyDictionary<string, TimeSpan> _scheduled;

    private FlowLayout(Scenario scenario, IReadOnlyDictionary<string, TimeSpan> scheduled, IReadOnlyList<FlowLane> lanes, IReadOnlyList<Inject> unlaned)
    {
        _scenario = scenario;
        _scheduled = scheduled;
        Lanes = lanes;
        Unlaned = unlaned;
    }

    public IReadOnlyList<FlowLane> Lanes { get; }

    /// <summary>Injects with no phase: not named and not scheduled (conditions, follow-ups, the deck), or before the first phase.</summary>
    public IReadOnlyList<Inject> Unlaned { get; }

    public string StartLabel => $"start {StoryClock.Format(_scenario.Clock, TimeSpan.Zero)}";

    public static FlowLayout Of(Scenario scenario)
    {
        // Symbols only to look up ids; any problem in them is validate's to report, not the diagram's.
        var scheduled = ScheduledTimes.Of(scenario, new ScenarioSymbols(scenario, new DiagnosticBag()));
        var phases = scenario.Phases.DistinctBy(p => p.Id).ToList();
        var byPhase = phases.ToDictionary(p => p.Id, _ => new List<Inject>(), StringComparer.Ordinal);
        var unlaned = new List<Inject>();
        foreach (var inject in scenario.Injects.DistinctBy(i => i.Id))
        {
            var phase = inject.Phase is { } named && byPhase.ContainsKey(named.Id) ? named.Id
                : scheduled.TryGetValue(inject.Id, out var at) ? phases.Where(p => p.Starts.Value <= at).MaxBy(p => p.Starts.Value)?.Id
                : null;
            (phase is null ? unlaned : byPhase[phase]).Add(inject);
        }

        var lanes = phases.Select((p, i) => new FlowLane(i + 1, $"{p.Title} · from {StoryClock.FormatWithOffset(scenario.Clock, p.Starts.Value)}", byPhase[p.Id]))
            .Where(l => l.Injects.Count > 0).ToList();
        return new FlowLayout(scenario, scheduled, lanes, unlaned);
    }

    /// <summary>"#3 q03-ship", its title, and "Mon 18 Jan 07:03 UTC+02:00 (T+3m)" when scheduled or "on demand".</summary>
    public IReadOnlyList<string> Lines(Inject inject)
    {
        var lines = new List<string> { $"#{inject.Number} {inject.Id}", inject.Title };
        if (_scheduled.TryGetValue(inject.Id, out var at))
        {
            lines.Add(StoryClock.FormatWithOffset(_scenario.Clock, at));
        }
        else if (inject.OnDemand)
        {
            lines.Add("on demand");
        }

        return lines;
    }
}
