using BenchmarkDotNet.Attributes;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Benchmarks;

/// <summary>
/// What the review page costs on the flagship scenario played through all three game days: building the review,
/// and one replay step (rebuilding the state at the middle of the log), beside plain replay of the whole log as
/// the baseline they are both bound by.
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private static readonly DateTimeOffset T0 = new(2027, 1, 18, 4, 0, 0, TimeSpan.Zero);

    private ScenarioIndex _index = null!;
    private List<ExerciseEvent> _log = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml");
        _index = new ScenarioIndex(ScenarioLoader.Load(path, File.ReadAllText(path)).Scenario!);
        var engine = new ExerciseEngine(_index);
        _log.AddRange(engine.Execute(new StartExercise(CommandIssuer.Control), T0).Events);
        _log.AddRange(engine.Execute(new SetSpeed(CommandIssuer.Control, 60), T0).Events);
        for (var minute = 10; minute <= 72 * 60 && engine.State.Lifecycle != Core.Engine.Machines.ExerciseLifecycle.Ended; minute += 10)
        {
            var now = T0 + TimeSpan.FromMinutes(minute);
            _log.AddRange(engine.Execute(new AdvanceClock(CommandIssuer.Control), now).Events);
            foreach (var inject in engine.State.InjectsInOrder.Where(i => i.IsReleased && i.Responses.Count == 0).Take(2).ToList())
            {
                _log.AddRange(engine.Execute(new RespondToInject(CommandIssuer.OfTeam(inject.Recipients[0]), inject.Id, "Assessed; informing partners."), now).Events);
            }
        }

        Console.WriteLine($"// flagship log over the whole exercise: {_log.Count} events");
    }

    [Benchmark(Baseline = true)]
    public ExerciseState ReplayWholeLog() => ExerciseState.Replay(_index, _log);

    [Benchmark]
    public ExerciseReview BuildReview() => ReviewBuilder.Build(_index, "ex", "benchmark", _log);

    [Benchmark]
    public ExerciseSnapshot ReplayToTheMiddle() => ExerciseReplay.AtSeq(_index, _log, _log.Count / 2);
}
