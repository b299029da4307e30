using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// The exercise's state as the fold of its events: <see cref="Apply"/> is the only thing that changes it, and
/// applying the same events to a fresh state gives the same state. Everything it shows is a read-only view
/// (collections, runtimes whose setters are private, the sector model behind <see cref="IReadOnlySectorModel"/>),
/// so no reader can change it by mistake. The agenda of timed items is part of it, kept exact by Apply so the
/// engine never meets a stale item.
/// </summary>
public sealed partial class ExerciseState
{
    private readonly Dictionary<string, InjectRuntime> _injects = new(StringComparer.Ordinal);
    private readonly List<InjectRuntime> _injectsInOrder = [];
    private readonly Dictionary<string, DecisionRuntime> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionRuntime> _actions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, IReadOnlyDictionary<string, double>> _resources = new(StringComparer.Ordinal);
    private readonly ExerciseAgenda _agenda = new();
    private readonly Dictionary<string, long> _commandKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _commandFingerprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FindingRecorded> _findings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImprovementPlanned> _improvements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Question, string Team), HotWashAnswered> _hotWashAnswers = [];
    private SectorModel _model = null!;
    private SectorCondition[] _conditions = [];
    private double[] _lastSample = [];

    public ExerciseState(ScenarioIndex index)
    {
        Index = index;
        Clock = new GameClock(TimeSpan.Zero, DateTimeOffset.UnixEpoch, index.Scenario.Clock.Speed, Running: false);
        Initialise();
    }

    public ScenarioIndex Index { get; }
    public ExerciseLifecycle Lifecycle { get; private set; } = ExerciseLifecycle.Ready;
    public GameClock Clock { get; private set; }
    public long LastSeq { get; private set; }
    public TimeSpan LastEventGameTime { get; private set; }
    public DateTimeOffset? LastEventWallTime { get; private set; }
    public string? EndReason { get; private set; }
    public IReadOnlyDictionary<string, InjectRuntime> Injects => _injects;

    /// <summary>The scenario's injects in MSEL order, then those written during play in the order written.</summary>
    public IReadOnlyList<InjectRuntime> InjectsInOrder => _injectsInOrder;

    public IReadOnlyDictionary<string, DecisionRuntime> Decisions => _decisions;

    /// <summary>Expected actions by id, in the order of the scenario's injects.</summary>
    public IReadOnlyDictionary<string, ActionRuntime> Actions => _actions;

    /// <summary>Each team's resources by name, both in ordinal order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Resources => _resources;

    public IReadOnlySectorModel Model => _model;

    /// <summary>Each sector's state, in model order.</summary>
    public IReadOnlyList<SectorCondition> Conditions => _conditions;

    /// <summary>The inoperability last written for each sector, in model order.</summary>
    public IReadOnlyList<double> LastSample => _lastSample;

    /// <summary>The timed items, in processing order.</summary>
    public IReadOnlySet<AgendaItem> Agenda => _agenda.Items;

    /// <summary>Each idempotency key used, with the sequence number of the first event it was recorded on.</summary>
    public IReadOnlyDictionary<string, long> CommandKeys => _commandKeys;

    /// <summary>What each idempotency key was first used for, where the log recorded it (older logs did not).</summary>
    public IReadOnlyDictionary<string, string> CommandFingerprints => _commandFingerprints;

    public int AdHocCount { get; private set; }

    /// <summary>Strengths and areas for improvement by id; withdrawn ones are gone.</summary>
    public IReadOnlyDictionary<string, FindingRecorded> Findings => _findings;

    /// <summary>Improvement-plan items by id; withdrawn ones are gone.</summary>
    public IReadOnlyDictionary<string, ImprovementPlanned> Improvements => _improvements;

    /// <summary>The latest hot-wash answer per question and team.</summary>
    public IReadOnlyDictionary<(string Question, string Team), HotWashAnswered> HotWashAnswers => _hotWashAnswers;

    /// <summary>Findings and items ever written, withdrawn or not, so a new id never reuses an old one.</summary>
    public int FindingsWritten { get; private set; }

    public int ImprovementsWritten { get; private set; }

    public static ExerciseState Replay(ScenarioIndex index, IEnumerable<ExerciseEvent> events)
    {
        var state = new ExerciseState(index);
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return state;
    }

    /// <summary>The earliest timed item, or null when nothing is scheduled.</summary>
    public AgendaItem? NextAgendaItem => _agenda.Next;

    /// <summary>The next scheduled inject release, for "jump to next inject".</summary>
    public AgendaItem? NextInjectDue => _agenda.NextInjectDue;

    /// <summary>The game time the agenda will make this inject due, or null when nothing has scheduled it yet.</summary>
    public TimeSpan? ScheduledDue(string injectId) =>
        _agenda.EarliestFor(AgendaKind.InjectDue, injectId);

    public bool IsRecipient(InjectRuntime inject, string team) => inject.Recipients.Contains(team, StringComparer.Ordinal);

    private void Initialise()
    {
        var scenario = Index.Scenario;
        _injects.Clear();
        _injectsInOrder.Clear();
        _decisions.Clear();
        _actions.Clear();
        _resources.Clear();
        _agenda.Clear();
        AdHocCount = 0;
        _findings.Clear();
        _improvements.Clear();
        _hotWashAnswers.Clear();
        FindingsWritten = 0;
        ImprovementsWritten = 0;
        foreach (var inject in scenario.Injects)
        {
            var runtime = new InjectRuntime
            {
                Id = inject.Id,
                Number = inject.Number,
                Title = inject.Title,
                Definition = inject,
                Recipients = Index.RecipientsOf(inject.To),
                Audience = Index.AudienceOf(inject.To),
            };
            _injects[inject.Id] = runtime;
            _injectsInOrder.Add(runtime);
            if (inject.At is { } at)
            {
                ScheduleDue(inject.Id, at.Value);
            }

            foreach (var action in inject.ExpectedActions)
            {
                var team = action.Team?.Id ?? Index.RecipientsOf(inject.To).FirstOrDefault() ?? "";
                _actions[action.Id] = new ActionRuntime { Definition = action, Inject = inject, Team = team };
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            _decisions[decision.Id] = new DecisionRuntime { Definition = decision };
        }

        foreach (var team in scenario.Teams)
        {
            _resources[team.Id] = new SortedDictionary<string, double>(team.Resources.DistinctBy(r => r.Name).ToDictionary(r => r.Name, r => r.Initial), StringComparer.Ordinal);
        }

        _model = new SectorModel(scenario.Sectors);
        _conditions = [.. scenario.Sectors.Select(s => SectorStateMachine.AtRest(SectorStateMachine.Observe(_model.InoperabilityOf(s.Id), s.Thresholds)))];
        _lastSample = [.. _model.Inoperability];
    }
}
