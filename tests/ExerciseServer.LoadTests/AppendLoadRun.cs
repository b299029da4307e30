using System.Collections.Concurrent;
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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace ExerciseServer.LoadTests;

/// <summary>
/// Event append on SQLite with many exercises at once: the real exercise grains on the append-only,
/// group-committed log, with empty logs and with long logs, beside a baseline of the old format in the same run
/// (each command rewrote the exercise's state with its open 32-event segment, sealing full segments into rows;
/// emulated at the storage level, without the grain, so the baseline is if anything flattered). Prints events/s
/// and p50/p99 command latency (send → answered, i.e. durable). Run:
/// <c>dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--exercises 100] [--callers 4] [--log 50000] [--seconds 10] [--lateness 20]</c>;
/// <c>--lateness n</c> first runs n quickstart exercises at speed 1 and at speed 60 and prints how late each timed
/// inject was released (its event's wall time against the wall time its game time fell due).
/// </summary>
public static class AppendLoadRun
{
    private const string ScenarioFile = "baltic-critical-infrastructure.yaml";

    public static async Task<int> RunAsync(string[] args)
    {
        var exercises = Option(args, "--exercises", 100);
        var callers = Option(args, "--callers", 4);
        var longLog = Option(args, "--log", 50_000);
        var seconds = Option(args, "--seconds", 10);
        var lateness = Option(args, "--lateness", 0);
        var folder = Directory.CreateTempSubdirectory("append-run-").FullName;
        var database = Path.Combine(folder, "append.db");
        var path = RepositoryPaths.Scenario(ScenarioFile);
        var text = await File.ReadAllTextAsync(path);
        var index = new ScenarioIndex(ScenarioLoader.Load(path, text).Scenario!);
        var duration = TimeSpan.FromSeconds(seconds);
        Console.WriteLine($"{exercises} exercises × {callers} concurrent callers each, {seconds} s per phase, database {database}");

        var baseline = await OldFormatAsync(Path.Combine(folder, "old.db"), index, exercises, duration);
        var storeOnly = await NewLogAloneAsync(Path.Combine(folder, "new.db"), index, exercises, duration);

        var prefill = Prefill(index, longLog);
        var clock = Stopwatch.StartNew();
        await StoreLongLogsAsync(database, exercises, text, prefill);
        Console.WriteLine($"Stored {exercises} logs of {prefill.Count:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteExerciseStorage(database).AddExerciseGrains();

            // Four callers answering flat out write more than a team's 100 kB a minute on a fast machine; the
            // budget is still checked and charged per command, it just never refuses here.
            silo.Services.Configure<TeamByteBudgetOptions>(o => o.TeamBytesPerMinute = int.MaxValue);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddExerciseSerialization();

            // Activating a 50,000-event log replays it; a hundred of them take longer than the default 30 s.
            client.Services.Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(10));
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        // The server's hub calls the grains from inside the silo's own process (the silo is co-hosted with ASP.NET
        // Core), so the measured callers do too: the silo's grain factory, the same path as ExerciseHub. A row
        // through a cluster client (gateway connection, every call serialized both ways) is printed beside it.
        var inSilo = cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var empty = await CreateOpenedAsync(inSilo, "empty", exercises, index, text);
        var warm = await CreateOpenedAsync(inSilo, "warm", exercises, index, text);
        var viaClient = await CreateOpenedAsync(cluster.Client, "client", exercises, index, text);

        clock.Restart();
        var full = Enumerable.Range(0, exercises).Select(x => inSilo.GetGrain<IExerciseGrain>($"long-{x}")).ToList();
        var lastSeqs = new List<long>();
        foreach (var chunk in full.Chunk(4))
        {
            lastSeqs.AddRange(await Task.WhenAll(chunk.Select(async g => (await g.GetView())!.LastSeq)));
        }

        Console.WriteLine($"Activated {exercises} long logs (last seq {lastSeqs.Min():N0}..{lastSeqs.Max():N0}) in {clock.Elapsed.TotalSeconds:0.0} s");

        if (lateness > 0)
        {
            await LatenessAsync(cluster.Client, lateness);
        }

        var targets = Targets(index);

        // Warm-up on exercises of their own, not measured: the JIT compiles the whole call path and then tiers it up
        // in the background, which takes seconds (more on a busy machine) and would otherwise be charged to the
        // first phase. It goes on until the JIT has been all but idle for a second.
        var warmRun = await DriveAsync(warm, callers, JitSettledAsync(), targets);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up (not measured): {warmRun.Commands:N0} commands in {warmRun.Elapsed.TotalSeconds:0} s on exercises of their own, until the JIT settled"));
        var emptyRun = await DriveAsync(empty, callers, Task.Delay(duration), targets);
        var longRun = await DriveAsync(full, callers, Task.Delay(duration), targets);
        var clientRun = await DriveAsync(viaClient, callers, Task.Delay(duration), targets);

        Console.WriteLine();
        Console.WriteLine("| store | log at start | exercises × callers | commands | events/s | p50 ms | p99 ms | CPU µs/command | cores busy | KB allocated/command |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        Row("old format, storage only (no grain)", "empty", $"{exercises} × 1", baseline);
        Row("append-only log, storage only (no grain)", "empty", $"{exercises} × 1", storeOnly);
        Row("append-only, group commit", "empty", $"{exercises} × {callers}", emptyRun);
        Row("append-only, group commit", $"{prefill.Count:N0}", $"{exercises} × {callers}", longRun);
        Row("append-only, group commit, callers through a cluster client", "empty", $"{exercises} × {callers}", clientRun);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long/empty: throughput {emptyRun.EventsPerSecond / longRun.EventsPerSecond:0.00}× slower, p99 {longRun.P99 / emptyRun.P99:0.00}×; storage only new/old {storeOnly.EventsPerSecond / baseline.EventsPerSecond:0.0}×; through the grains the old store measured ~740 events/s (issue 11)"));
        return 0;
    }

    /// <summary>
    /// Completes once the JIT has been all but idle (under 5 methods and 10 ms of compiling a second) for two seconds
    /// in a row; after 5 s at least, 60 s at most.
    /// </summary>
    private static async Task JitSettledAsync()
    {
        var clock = Stopwatch.StartNew();
        var (methods, time) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var quiet = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var (nowMethods, nowTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            quiet = nowMethods - methods < 5 && nowTime - time < TimeSpan.FromMilliseconds(10) ? quiet + 1 : 0;
            if (quiet >= 2 && clock.Elapsed >= TimeSpan.FromSeconds(5))
            {
                return;
            }

            (methods, time) = (nowMethods, nowTime);
        }
    }

    /// <summary>Exercises created and opened (started, jumped to 20 h, paused) through the given factory.</summary>
    private static async Task<List<IExerciseGrain>> CreateOpenedAsync(IGrainFactory factory, string prefix, int exercises, ScenarioIndex index, string text)
    {
        var grains = new List<IExerciseGrain>();
        for (var x = 0; x < exercises; x++)
        {
            var grain = factory.GetGrain<IExerciseGrain>($"{prefix}-{x}");
            await grain.Create(new CreateExerciseRequest($"{prefix} {x}", index.Scenario.Id, ScenarioFile, text));
            foreach (var command in Opening())
            {
                await grain.Execute(command);
            }

            grains.Add(grain);
        }

        return grains;
    }

    private static IEnumerable<ExerciseCommand> Opening() =>
    [
        new StartExercise(CommandIssuer.Control),
        new JumpToTime(CommandIssuer.Control, TimeSpan.FromHours(20)),
        new PauseExercise(CommandIssuer.Control),
    ];

    /// <summary>A long log: the same opening, then answers until the log has the length asked for.</summary>
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

    /// <summary>The long logs as the grain now stores them: small state, events as rows (written in big batches).</summary>
    private static async Task StoreLongLogsAsync(string database, int exercises, string text, List<ExerciseEvent> log)
    {
        var db = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = database });
        await using var writer = new SqliteGroupCommitWriter(db, NullLogger<SqliteGroupCommitWriter>.Instance);
        var events = new SqliteEventLog(db, writer);
        var storage = new SqliteGrainStorage(GrainStorage.Name, db);
        for (var x = 0; x < exercises; x++)
        {
            var id = $"long-{x}";
            var state = new ExerciseGrainState { Name = id, ScenarioId = "baltic-critical-infrastructure", ScenarioFile = ScenarioFile, ScenarioText = text, CreatedAt = DateTimeOffset.UnixEpoch };
            await storage.WriteStateAsync("exercise", GrainId.Create("exercise", id), new GrainState<ExerciseGrainState>(state));
            for (var start = 0; start < log.Count; start += SqliteGroupCommitWriter.MaxBatchEvents)
            {
                await events.AppendAsync(id, log.GetRange(start, Math.Min(SqliteGroupCommitWriter.MaxBatchEvents, log.Count - start)));
            }
        }
    }

    /// <summary>
    /// The old write path at the storage level: per command, seal a full open segment into its row and rewrite the
    /// exercise's state with the open segment (one transaction each, as the old grain did, one command at a time).
    /// </summary>
    private static async Task<Run> OldFormatAsync(string database, ScenarioIndex index, int exercises, TimeSpan duration)
    {
        var db = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = database });
        var segments = new SqliteEventSegmentStore(db);
        var storage = new SqliteGrainStorage(GrainStorage.Name, db);
        var answers = Prefill(index, 20_000).Skip(50).ToList();
        var latencies = new ConcurrentBag<double>();
        var total = 0L;
        var cost = Cost.Start();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, exercises).Select(x => Task.Run(async () =>
        {
            var key = $"old-{x}";
            var id = GrainId.Create("exercise", key);
            var state = new GrainState<ExerciseGrainState>(new ExerciseGrainState { Name = $"old {x}" });
            var one = new Stopwatch();
            for (var i = 0; stop.Elapsed < duration; i++)
            {
                one.Restart();
                var open = state.State!.OpenSegment;
                open.Add(answers[i % answers.Count]);
                if (open.Count >= ExerciseGrainState.SegmentSize)
                {
                    await segments.WriteAsync(key, state.State.SealedSegments, open.GetRange(0, ExerciseGrainState.SegmentSize));
                    state.State.SealedSegments++;
                    open.RemoveRange(0, ExerciseGrainState.SegmentSize);
                }

                await storage.WriteStateAsync("exercise", id, state);
                latencies.Add(one.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref total);
            }
        })));

        return new Run(total, total, stop.Elapsed, [.. latencies], cost.Stop());
    }

    /// <summary>The new log at the storage level, loaded like the baseline: one appender per exercise, one event per append.</summary>
    private static async Task<Run> NewLogAloneAsync(string database, ScenarioIndex index, int exercises, TimeSpan duration)
    {
        var db = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = database });
        await using var writer = new SqliteGroupCommitWriter(db, NullLogger<SqliteGroupCommitWriter>.Instance);
        var log = new SqliteEventLog(db, writer);
        var answers = Prefill(index, 20_000).Skip(50).ToList();
        var latencies = new ConcurrentBag<double>();
        var total = 0L;
        var cost = Cost.Start();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, exercises).Select(x => Task.Run(async () =>
        {
            var one = new Stopwatch();
            for (var seq = 1L; stop.Elapsed < duration; seq++)
            {
                one.Restart();
                await log.AppendAsync($"new-{x}", [answers[(int)(seq % answers.Count)] with { Seq = seq }]);
                latencies.Add(one.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref total);
            }
        })));

        return new Run(total, total, stop.Elapsed, [.. latencies], cost.Stop());
    }

    /// <summary>Timed releases with no command sent: how long after its due wall time each inject was released.</summary>
    private static async Task LatenessAsync(IClusterClient client, int exercises)
    {
        var path = RepositoryPaths.Scenario("quickstart.yaml");
        var text = await File.ReadAllTextAsync(path);
        var index = new ScenarioIndex(ScenarioLoader.Load(path, text).Scenario!);
        Console.WriteLine("| speed | exercises | timed releases | lateness p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var (speed, wait) in new[] { (1.0, TimeSpan.FromSeconds(62)), (60.0, TimeSpan.FromSeconds(16)) })
        {
            var grains = new List<IExerciseGrain>();
            for (var x = 0; x < exercises; x++)
            {
                var grain = client.GetGrain<IExerciseGrain>($"late-{speed}-{x}");
                await grain.Create(new CreateExerciseRequest($"late {x}", "quickstart", "quickstart.yaml", text));
                await grain.Execute(new StartExercise(CommandIssuer.Control));
                await grain.Execute(new SetSpeed(CommandIssuer.Control, speed));
                grains.Add(grain);
            }

            await Task.Delay(wait);
            var late = new List<double>();
            foreach (var grain in grains)
            {
                var events = await grain.GetEvents(0, 10_000);
                var speedSet = events.OfType<ClockSpeedChanged>().First().Seq;
                var clock = ExerciseState.Replay(index, events.Where(e => e.Seq <= speedSet)).Clock;
                late.AddRange(events.OfType<InjectReleased>().Where(e => !e.ByControl && e.Seq > speedSet)
                    .Select(e => (e.WallTime - clock.WallTimeReaching(e.GameTime)!.Value).TotalMilliseconds));
                await grain.Execute(new EndExercise(CommandIssuer.Control));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {speed} | {exercises} | {late.Count} | {Percentile(late, 0.5):0.0} | {Percentile(late, 0.99):0.0} | {(late.Count > 0 ? late.Max() : double.NaN):0.0} |"));
        }

        Console.WriteLine();
    }

    /// <summary>Every exercise gets <paramref name="callers"/> callers, each sending answers one after another until time is up.</summary>
    private static async Task<Run> DriveAsync(List<IExerciseGrain> grains, int callers, Task until, List<(string Team, string Inject)> targets)
    {
        var latencies = new ConcurrentBag<double>();
        var commands = 0L;
        var events = 0L;
        var cost = Cost.Start();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(grains.SelectMany((grain, x) => Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var one = new Stopwatch();
            for (var i = 0; !until.IsCompleted; i++)
            {
                var (team, inject) = targets[(i + c) % targets.Count];
                one.Restart();
                var outcome = await grain.Execute(new RespondToInject(CommandIssuer.OfTeam(team), inject, $"answer {x}-{c}-{i}"));
                latencies.Add(one.Elapsed.TotalMilliseconds);
                if (!outcome.Accepted)
                {
                    throw new InvalidOperationException(outcome.Rejection);
                }

                Interlocked.Increment(ref commands);
                Interlocked.Add(ref events, outcome.Events.Count);
            }
        }))));

        return new Run(commands, events, stop.Elapsed, [.. latencies], cost.Stop());
    }

    private static void Row(string store, string log, string load, Run run) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {log} | {load} | {run.Commands:N0} | {run.EventsPerSecond:N0} | {run.P50:0.0} | {run.P99:0.0} | {run.CpuMicrosPerCommand:0} | {run.CoresBusy:0.00} of {Environment.ProcessorCount} | {run.KilobytesPerCommand:0.0} |"));

    private static double Percentile(List<double> values, double p) => LoadFigures.Percentile(values, p);

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>
    /// What a phase cost the whole process (silo, storage and callers together): CPU time and bytes allocated. On a
    /// shared machine the throughput depends on what else runs; the cost per command does not, or much less.
    /// </summary>
    private readonly record struct Cost(TimeSpan Cpu, long Allocated)
    {
        public static Cost Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes());

        public Cost Stop() => new(Process.GetCurrentProcess().TotalProcessorTime - Cpu, GC.GetTotalAllocatedBytes() - Allocated);
    }

    private sealed record Run(long Commands, long Events, TimeSpan Elapsed, List<double> Latencies, Cost Cost)
    {
        public double CpuMicrosPerCommand => Cost.Cpu.TotalMicroseconds / Math.Max(1, Commands);
        public double KilobytesPerCommand => Cost.Allocated / 1024.0 / Math.Max(1, Commands);
        public double CoresBusy => Cost.Cpu / Elapsed;

        public double EventsPerSecond => Events / Elapsed.TotalSeconds;
        public double P50 => Percentile(Latencies, 0.5);
        public double P99 => Percentile(Latencies, 0.99);
    }
}
