using System.Diagnostics;
using System.Globalization;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Tests.Shared;
using Orleans.TestingHost;

namespace ExerciseServer.LoadTests;

/// <summary>
/// Event append through the real exercise grain and the SQLite store: an exercise with an empty log and one
/// with a long log, measured side by side in the same run (alternating batches, so machine noise hits both),
/// printing throughput and p50/p99 latency and their ratio. Run:
/// <c>dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--log 50000] [--appends 3000]</c>.
/// </summary>
public static class AppendLoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var longLog = Option(args, "--log", 50_000);
        var appends = Option(args, "--appends", 3_000);
        var folder = Directory.CreateTempSubdirectory("append-run-").FullName;
        var database = Path.Combine(folder, "append.db");
        var path = RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml");
        var text = await File.ReadAllTextAsync(path);
        var index = new ScenarioIndex(ScenarioLoader.Load(path, text).Scenario!);

        Console.WriteLine($"Preparing an exercise with a {longLog:N0}-event log in {database} ...");
        var prefill = Prefill(index, longLog);
        await StoreAsync(database, "ex-long", Path.GetFileName(path), text, prefill);

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddSqliteExerciseStorage(database).AddExerciseGrains());
        builder.ConfigureClient(client => client.Services.AddExerciseSerialization());
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        var empty = cluster.Client.GetGrain<IExerciseGrain>("ex-empty");
        await empty.Create(new CreateExerciseRequest("empty", "baltic-critical-infrastructure", Path.GetFileName(path), text));
        foreach (var command in Opening())
        {
            await empty.Execute(command);
        }

        var full = cluster.Client.GetGrain<IExerciseGrain>("ex-long");
        var longView = await full.GetView();
        Console.WriteLine($"Long log loaded: last seq {longView!.LastSeq:N0}, {longView.Lifecycle}");

        var targets = Targets(index);
        var emptyTimes = new List<double>();
        var longTimes = new List<double>();
        var emptyClock = new Stopwatch();
        var longClock = new Stopwatch();
        const int batch = 100;
        for (var done = 0; done < appends; done += batch)
        {
            await Measure(empty, emptyTimes, emptyClock, done, batch, targets);
            await Measure(full, longTimes, longClock, done, batch, targets);
        }

        var lastLong = (await full.GetView())!.LastSeq;
        Console.WriteLine();
        Console.WriteLine($"| log at start | appends | events/s | mean ms | p50 ms | p99 ms |");
        Console.WriteLine($"|---:|---:|---:|---:|---:|---:|");
        Row("empty", emptyTimes, emptyClock);
        Row($"{longView.LastSeq:N0}", longTimes, longClock);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio long/empty: p50 {Percentile(longTimes, 0.5) / Percentile(emptyTimes, 0.5):0.00}, p99 {Percentile(longTimes, 0.99) / Percentile(emptyTimes, 0.99):0.00}, throughput {emptyClock.Elapsed / longClock.Elapsed:0.00}; long log ends at seq {lastLong:N0}"));
        return 0;
    }

    private static IEnumerable<ExerciseCommand> Opening() =>
    [
        new StartExercise(CommandIssuer.Control),
        new JumpToTime(CommandIssuer.Control, TimeSpan.FromHours(20)),
        new PauseExercise(CommandIssuer.Control),
    ];

    /// <summary>The long log: the same opening, then answers until the log has the length asked for.</summary>
    private static List<ExerciseEvent> Prefill(ScenarioIndex index, int length)
    {
        var engine = new ExerciseEngine(index);
        var log = new List<ExerciseEvent>();
        var now = new DateTimeOffset(2027, 1, 18, 4, 0, 0, TimeSpan.Zero);
        foreach (var command in Opening())
        {
            log.AddRange(engine.Execute(command, now).Events);
        }

        var targets = Targets(index, engine.State);
        for (var i = 0; log.Count < length; i++)
        {
            var (team, inject) = targets[i % targets.Count];
            log.AddRange(engine.Execute(new RespondToInject(CommandIssuer.OfTeam(team), inject, $"prefill {i}"), now).Events);
        }

        return log;
    }

    private static List<(string Team, string Inject)> Targets(ScenarioIndex index, ExerciseState? state = null)
    {
        if (state is null)
        {
            var engine = new ExerciseEngine(index);
            foreach (var command in Opening())
            {
                engine.Execute(command, DateTimeOffset.UnixEpoch);
            }

            state = engine.State;
        }

        return [.. state.InjectsInOrder.Where(i => i.IsReleased).SelectMany(i => i.Recipients.Select(t => (t, i.Id)))];
    }

    /// <summary>Writes the long log the way the grain stores it: sealed segments apart, the open one in its state.</summary>
    private static async Task StoreAsync(string database, string id, string file, string text, List<ExerciseEvent> log)
    {
        var db = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = database });
        var segments = new SqliteEventSegmentStore(db);
        var sealedCount = log.Count / ExerciseGrainState.SegmentSize;
        for (var s = 0; s < sealedCount; s++)
        {
            await segments.WriteAsync(id, s, log.GetRange(s * ExerciseGrainState.SegmentSize, ExerciseGrainState.SegmentSize));
        }

        var state = new ExerciseGrainState
        {
            Name = "long",
            ScenarioId = "baltic-critical-infrastructure",
            ScenarioFile = file,
            ScenarioText = text,
            CreatedAt = DateTimeOffset.UnixEpoch,
            SealedSegments = sealedCount,
            OpenSegment = log.GetRange(sealedCount * ExerciseGrainState.SegmentSize, log.Count - (sealedCount * ExerciseGrainState.SegmentSize)),
        };
        await new SqliteGrainStorage(GrainStorage.Name, db).WriteStateAsync("exercise", GrainId.Create("exercise", id), new GrainState<ExerciseGrainState>(state));
    }

    private static async Task Measure(IExerciseGrain grain, List<double> times, Stopwatch total, int start, int count, List<(string Team, string Inject)> targets)
    {
        var one = new Stopwatch();
        for (var i = start; i < start + count; i++)
        {
            var (team, inject) = targets[i % targets.Count];
            one.Restart();
            total.Start();
            var outcome = await grain.Execute(new RespondToInject(CommandIssuer.OfTeam(team), inject, $"answer {i}"));
            total.Stop();
            times.Add(one.Elapsed.TotalMilliseconds);
            if (!outcome.Accepted)
            {
                throw new InvalidOperationException(outcome.Rejection);
            }
        }
    }

    private static void Row(string label, List<double> times, Stopwatch total) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {times.Count:N0} | {times.Count / total.Elapsed.TotalSeconds:N0} | {times.Average():0.000} | {Percentile(times, 0.5):0.000} | {Percentile(times, 0.99):0.000} |"));

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
