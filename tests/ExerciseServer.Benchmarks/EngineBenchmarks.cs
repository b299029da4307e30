using BenchmarkDotNet.Attributes;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Benchmarks;

/// <summary>
/// The engine on the flagship scenario: commands per second into one running exercise, events per second on
/// replay, and a whole headless run.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Commands = 1_000;
    private static readonly DateTimeOffset T0 = new(2027, 1, 18, 4, 0, 0, TimeSpan.Zero);

    private ScenarioIndex _index = null!;
    private IReadOnlyList<ExerciseEvent> _log = [];
    private ExerciseEngine _engine = null!;
    private (string Team, string Inject)[] _targets = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml");
        _index = new ScenarioIndex(ScenarioLoader.Load(path, File.ReadAllText(path)).Scenario!);
        var engine = new ExerciseEngine(_index);
        var log = new List<ExerciseEvent>();
        log.AddRange(engine.Execute(new StartExercise(CommandIssuer.Control), T0).Events);
        log.AddRange(engine.Execute(new SetSpeed(CommandIssuer.Control, 60), T0).Events);
        log.AddRange(engine.Execute(new AdvanceClock(CommandIssuer.Control), T0 + TimeSpan.FromMinutes(20)).Events);
        _log = log;
        Console.WriteLine($"// flagship log after 20 game hours: {log.Count} events");
        _targets = [.. engine.State.InjectsInOrder.Where(i => i.IsReleased).SelectMany(i => i.Recipients.Select(t => (t, i.Id)))];
    }

    [IterationSetup(Target = nameof(RespondCommands))]
    public void FreshExercise() => _engine = new ExerciseEngine(ExerciseState.Replay(_index, _log));

    /// <summary>Teams answering released injects while the clock stands at 20 game hours: one event each.</summary>
    [Benchmark(OperationsPerInvoke = Commands)]
    public int RespondCommands()
    {
        var events = 0;
        var now = T0 + TimeSpan.FromMinutes(20);
        for (var i = 0; i < Commands; i++)
        {
            var (team, inject) = _targets[i % _targets.Length];
            events += _engine.Execute(new RespondToInject(CommandIssuer.OfTeam(team), inject, "Situation assessed; informing partners."), now).Events.Count;
        }

        return events;
    }

    /// <summary>Rebuilding the state of a 20-hour exercise from its log.</summary>
    [Benchmark]
    public ExerciseState ReplayLog() => ExerciseState.Replay(_index, _log);

    /// <summary>The whole flagship exercise headless, teams played by the first-option policy.</summary>
    [Benchmark]
    public DryRunReport FlagshipDryRun() => DryRunner.Run(_index, new FirstOptionPolicy());

    public int LogLength => _log.Count;
}
