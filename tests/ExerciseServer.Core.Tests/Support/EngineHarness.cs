using System.Text.Json;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Core.Tests.Support;

/// <summary>An engine over a scenario text, with a wall clock the test moves by hand.</summary>
public sealed class EngineHarness
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly List<ExerciseEvent> _log = [];

    /// <param name="scanEveryCondition">Run the engine's reference scan of every condition instead of its watch.</param>
    public EngineHarness(string scenarioText, string file = "test.yaml", bool scanEveryCondition = false)
    {
        var loaded = ScenarioLoader.Load(file, scenarioText);
        if (loaded.HasErrors)
        {
            throw new ArgumentException(string.Join('\n', loaded.Diagnostics), nameof(scenarioText));
        }

        Index = new ScenarioIndex(loaded.Scenario!);
        Engine = new ExerciseEngine(Index) { ScanEveryCondition = scanEveryCondition };
    }

    public ScenarioIndex Index { get; }
    public ExerciseEngine Engine { get; }
    public ExerciseState State => Engine.State;
    public IReadOnlyList<ExerciseEvent> Log => _log;

    /// <summary>The wall time now, as an offset from <see cref="T0"/>.</summary>
    public TimeSpan Wall { get; set; }

    public DateTimeOffset Now => T0 + Wall;

    public CommandResult Run(ExerciseCommand command)
    {
        var result = Engine.Execute(command, Now);
        _log.AddRange(result.Events);
        return result;
    }

    public CommandResult Control(ExerciseCommand command) => Run(command);

    public CommandResult At(TimeSpan wall, ExerciseCommand command)
    {
        Wall = wall;
        return Run(command);
    }

    public CommandResult Tick(TimeSpan wall) => At(wall, new AdvanceClock(CommandIssuer.Control));

    public IEnumerable<T> Events<T>()
        where T : ExerciseEvent => _log.OfType<T>();

    public T Single<T>(Func<T, bool> predicate)
        where T : ExerciseEvent => Assert.Single(_log.OfType<T>(), e => predicate(e));

    /// <summary>A canonical text of everything the state holds, to compare states for equality.</summary>
    public static string Fingerprint(ExerciseState state) => JsonSerializer.Serialize(new
    {
        state.Lifecycle,
        Clock = new { state.Clock.Elapsed, state.Clock.Anchor, state.Clock.Speed, state.Clock.Running },
        state.LastSeq,
        state.EndReason,
        Injects = state.InjectsInOrder.Select(i => new { i.Id, Status = i.Status.ToString(), i.DueAt, i.ReleasedAt, i.ReleasedByControl, Acks = i.AcknowledgedBy.ToList(), Responses = i.Responses.ToDictionary(r => r.Key, r => r.Value.Select(x => $"{x.At}|{x.Text}").ToList()) }),
        Decisions = state.Decisions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new { d.Key, d.Value.PresentedAt, d.Value.Chosen, d.Value.DecidedAt, d.Value.ByDefault, d.Value.Votes, d.Value.Resolution }),
        Actions = state.Actions.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new { a.Key, Status = a.Value.Status.ToString(), a.Value.StartedAt, a.Value.Deadline, a.Value.JudgedAt }),
        state.Resources,
        Model = new { state.Model.Time, Q = state.Model.Inoperability, C = state.Model.Perturbation, K = state.Model.RecoveryRates },
        Conditions = state.Conditions.Select(c => c.ToString()),
        state.LastSample,
        Agenda = state.Agenda.Select(a => a.ToString()),
        Keys = state.CommandKeys.OrderBy(k => k.Key, StringComparer.Ordinal),
        KeyFingerprints = state.CommandFingerprints.OrderBy(k => k.Key, StringComparer.Ordinal),
        state.AdHocCount,
        Findings = state.Findings.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value with { CommandKey = null, CommandFingerprint = null }),
        Improvements = state.Improvements.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value with { CommandKey = null, CommandFingerprint = null }),
        HotWash = state.HotWashAnswers.OrderBy(h => h.Key.Question, StringComparer.Ordinal).ThenBy(h => h.Key.Team, StringComparer.Ordinal).Select(h => h.Value.Text),
        state.FindingsWritten,
        state.ImprovementsWritten,
    });

    public static TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);
}
