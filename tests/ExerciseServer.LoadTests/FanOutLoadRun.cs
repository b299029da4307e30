using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Shared;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.LoadTests;

/// <summary>
/// Inject fan-out as a fair comparison, three processes: a bare SignalR hub (tests/ExerciseServer.BareHub) and the
/// real exercise server, each started from its build output as its own process, one after the other, and this load
/// generator. G exercises of the quickstart × P participants, each a real SignalR client over WebSockets (no
/// negotiation) signed in with a join code of one of the two teams; control writes a 1 KB ad-hoc inject to all
/// every 2 s per exercise, staggered across exercises, with its send time in the title; latency is control's send →
/// each participant's receipt. With <c>--ack</c> every participant acknowledges each inject the moment it arrives.
/// Prints, for both from the same run: connections, p50/p95/p99/max ms, lost and duplicate receipts, KB per
/// connection (VmRSS after all joined minus before, both after an induced full GC), CPU seconds, and the p99 ratio.
/// </summary>
public static class FanOutLoadRun
{
    /// <summary>
    /// The options. For profiling: <c>--only server|bare</c> runs one target; <c>--hold-seconds N</c> keeps the
    /// connections open N seconds after all joined (and the memory was measured), printing the target's PID so that
    /// <c>dotnet-gcdump collect -p PID</c> or <c>dotnet-counters</c> can look at it, then goes on with the rounds.
    /// </summary>
    public const string Usage = "fanout [--preset 1000|5000|10000] [--exercises N] [--participants N] [--rounds N] [--ack] [--only server|bare] [--hold-seconds N] [--nodes N]";
    private const string Token = "load-run-token-0123456789";
    private const string Scenario = "quickstart";
    private static readonly string[] Teams = ["fi-ncsc", "ee-ria"];
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private static readonly string Body = new('x', 1024);

    /// <summary>Parses the options; null on anything it does not know (the caller prints the usage and exits 2).</summary>
    public static Options? Parse(string[] args)
    {
        var options = new Options(20, 50, 5, false);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--ack")
            {
                options = options with { Ack = true };
                continue;
            }

            if (args[i] == "--only" && i + 1 < args.Length && args[i + 1] is "server" or "bare")
            {
                options = options with { Only = args[++i] };
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }

            switch (args[i++])
            {
                case "--exercises":
                    options = options with { Exercises = value };
                    break;
                case "--participants":
                    options = options with { Participants = value };
                    break;
                case "--rounds":
                    options = options with { Rounds = value };
                    break;
                case "--hold-seconds":
                    options = options with { HoldSeconds = value };
                    break;
                case "--nodes" when value <= 4:
                    options = options with { Nodes = value };
                    break;
                case "--preset" when value is 1_000 or 5_000 or 10_000:
                    options = options with { Exercises = value / 50, Participants = 50 };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }

    public static async Task<int> RunAsync(Options options)
    {
        var connections = options.Exercises * options.Participants;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fan-out run: {options.Exercises} exercises × {options.Participants} participants = {connections:N0} connections, {options.Rounds} rounds of a 1 KB inject to all every {Period.TotalSeconds:0} s per exercise (staggered){(options.Ack ? ", every participant acknowledging on receipt" : "")}"));
        Console.WriteLine(ServerBudgetNote(options));
        Console.WriteLine("Each target gets one unmeasured warm-up inject per exercise before the measured rounds.");
        Console.WriteLine("Memory: VmRSS of the target process (/proc/PID/status) after a full GC induced over the .NET diagnostics port, after all joined minus before; CPU: utime+stime from /proc/PID/stat.");

        if (options.Nodes > 0)
        {
            return await CompareNodesAsync(options);
        }

        if (options.Only is { } only)
        {
            var alone = await MeasureAsync(options, server: only == "server");
            Console.WriteLine();
            Console.WriteLine($"| | {(only == "server" ? "ExerciseServer" : "bare SignalR hub")} |");
            Console.WriteLine("| --- | ---: |");
            foreach (var (label, row) in FanOutResult.Rows)
            {
                Console.WriteLine($"| {label} | {row(alone)} |");
            }

            return alone.Clean ? 0 : 1;
        }

        var bare = await MeasureAsync(options, server: false);
        var server = await MeasureAsync(options, server: true);

        Console.WriteLine();
        Console.WriteLine("| | bare SignalR hub | ExerciseServer |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (label, row) in FanOutResult.Rows)
        {
            Console.WriteLine($"| {label} | {row(bare)} | {row(server)} |");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p99 ratio ExerciseServer / bare hub: {server.Percentile(0.99) / bare.Percentile(0.99):0.00}"));
        return bare.Clean && server.Clean ? 0 : 1;
    }

    /// <summary>
    /// The issue's cluster figure: the server as one node and as <see cref="Options.Nodes"/> nodes, both on a fresh
    /// Redis behind the round-robin proxy, so the only difference is the number of nodes. On one machine this shows
    /// the cluster's overhead, not a speed-up.
    /// </summary>
    private static async Task<int> CompareNodesAsync(Options options)
    {
        Console.WriteLine($"Cluster comparison: 1 node and {options.Nodes} nodes, each on its own fresh redis-server, behind src/ExerciseServer.Proxy (round robin); clients connect to the proxy. Memory and CPU: the nodes' summed.");
        var one = await MeasureAsync(options, server: true, nodes: 1);
        var many = await MeasureAsync(options, server: true, nodes: options.Nodes);
        Console.WriteLine();
        Console.WriteLine($"| | 1 node (proxy, Redis) | {options.Nodes} nodes (proxy, Redis) |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (label, row) in FanOutResult.Rows)
        {
            Console.WriteLine($"| {label} | {row(one)} | {row(many)} |");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p99 ratio {options.Nodes} nodes / 1 node: {many.Percentile(0.99) / one.Percentile(0.99):0.00}"));
        return one.Clean && many.Clean ? 0 : 1;
    }

    private static string ServerBudgetNote(Options options) =>
        string.Join(' ', "ExerciseServer budgets raised so the load itself is not refused:", string.Join(' ', ServerBudgets(options)));

    private static string[] ServerBudgets(Options options) =>
    [
        "--Budgets:CallBurst=1000", "--Budgets:CallsPerSecond=100000",
        string.Create(CultureInfo.InvariantCulture, $"--Budgets:ConnectionsPerSession={options.Exercises + 10}"),
        "--Security:SignInsPerMinute=10000000",
    ];

    /// <param name="nodes">0: one server process, clients connecting to it; 1 or more: a cluster on Redis behind the proxy.</param>
    private static async Task<FanOutResult> MeasureAsync(Options options, bool server, int nodes = 0)
    {
        var name = !server ? "bare hub" : nodes == 0 ? "ExerciseServer" : $"ExerciseServer, {nodes} node{(nodes == 1 ? "" : "s")}";
        var storage = server && nodes == 0 ? Directory.CreateTempSubdirectory("fanout-").FullName : null;
        string[] serverArgs =
        [
            $"--Scenarios:Path={RepositoryPaths.Scenarios}", $"--Facilitator:ApiToken={Token}", "--Serilog:MinimumLevel:Default=Warning",
            .. ServerBudgets(options),
        ];
        string[] args = server
            ? [$"--Storage:Path={storage}", $"--Orleans:SiloPort={ChildProcess.FreePort()}", $"--Orleans:GatewayPort={ChildProcess.FreePort()}", .. serverArgs]
            : [];
        var dll = server
            ? RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer"), "ExerciseServer.dll")
            : RepositoryPaths.BuildOutput(Path.Combine("tests", "ExerciseServer.BareHub"), "ExerciseServer.BareHub.dll");
        Console.WriteLine();
        Console.WriteLine($"[{name}] starting {Path.GetFileName(dll)}");
        ILoadTarget process = nodes > 0 ? await ClusterTarget.StartAsync(nodes, serverArgs) : await ChildProcess.StartAsync(dll, args);
        var result = new FanOutResult(options);
        var clients = new HubConnection?[options.Exercises * options.Participants];
        var controls = new List<HubConnection>();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(process.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);

            // Exercises, their join codes (one per team, shared by the team's participants), started; control joined to each.
            var exercises = new List<(string Id, Dictionary<string, string> Codes)>();
            for (var e = 0; e < options.Exercises; e++)
            {
                exercises.Add(server ? await CreateExerciseAsync(http, e) : ($"ex{e}", []));
                var control = Connect(process.BaseUrl, server, options => options.AccessTokenProvider = () => Task.FromResult<string?>(Token));
                await control.StartAsync();
                _ = server
                    ? await control.InvokeAsync<JsonElement>("Join", exercises[e].Id)
                    : await control.InvokeAsync<JsonElement>("Join", exercises[e].Id, null);
                controls.Add(control);
            }

            var before = await process.RssAfterGcAsync();
            var partsBefore = process.RssParts();
            var cpuStart = process.CpuSeconds();
            var joinClock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, clients.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            {
                var (id, codes) = exercises[i / options.Participants];
                var team = Teams[i % options.Participants % Teams.Length];
                try
                {
                    clients[i] = await ConnectParticipantAsync(http, process.BaseUrl, server, id, team, codes.GetValueOrDefault(team), i, result);
                }
                catch (Exception ex)
                {
                    result.JoinFailed(ex);
                }
            });
            result.JoinSeconds = joinClock.Elapsed.TotalSeconds;
            var after = await process.RssAfterGcAsync();
            result.Held = clients.Count(c => c?.State == HubConnectionState.Connected);
            result.KbPerConnection = (after - before) / 1024.0 / Math.Max(1, result.Held);
            result.RssBeforeMb = before / 1024.0 / 1024;
            result.RssAfterMb = after / 1024.0 / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{name}] {result.Held:N0} connections held after {result.JoinSeconds:0.0} s; RSS {result.RssBeforeMb:0.0} → {result.RssAfterMb:0.0} MB ({partsBefore} → {process.RssParts()})"));
            if (options.HoldSeconds > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{name}] holding the connections {options.HoldSeconds} s: PID {process.Pid} (e.g. dotnet-gcdump collect -p {process.Pid})"));
                await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
            }

            // One unmeasured warm-up inject per exercise (JIT, first sends), then the measured rounds:
            // each exercise every 2 s, exercise e offset by e/G of the period.
            await Task.WhenAll(Enumerable.Range(0, options.Exercises).Select(e => WarmUpAsync(controls[e], exercises[e].Id, e)));
            await Task.Delay(Period);
            var cpuRounds = process.CpuSeconds();
            var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime;
            result.LoadAverageBefore = LoadFigures.LoadAverage();
            var start = Stopwatch.GetTimestamp();
            var sends = new List<Task>();
            for (var round = 0; round < options.Rounds; round++)
            {
                for (var e = 0; e < options.Exercises; e++)
                {
                    var due = (Period * round) + (Period * e / options.Exercises);
                    var wait = due - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    sends.Add(SendInjectAsync(controls[e], server, exercises[e].Id, e, round, result));
                }
            }

            await Task.WhenAll(sends);
            var drain = Stopwatch.StartNew();
            while ((result.Receipts < result.Expected || result.PendingAcks > 0) && drain.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
            }

            await Task.Delay(1_000); // late duplicates
            result.CpuRounds = process.CpuSeconds() - cpuRounds;
            result.CpuTotal = process.CpuSeconds() - cpuStart;
            result.GeneratorCpuRounds = (Process.GetCurrentProcess().TotalProcessorTime - generatorCpu).TotalSeconds;
            result.LoadAverageAfter = LoadFigures.LoadAverage();
            Console.WriteLine($"[{name}] done: {result.Receipts:N0} of {result.Expected:N0} receipts");
            return result;
        }
        finally
        {
            result.Closing = true;
            await Parallel.ForEachAsync(clients.Where(c => c is not null).Concat(controls), new ParallelOptions { MaxDegreeOfParallelism = 32 },
                async (c, _) => await c!.DisposeAsync());
            await process.DisposeAsync();
            if (storage is not null)
            {
                try
                {
                    Directory.Delete(storage, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static async Task<(string Id, Dictionary<string, string> Codes)> CreateExerciseAsync(HttpClient http, int index)
    {
        using var created = await http.PostAsJsonAsync("/api/exercises", new { scenarioId = Scenario, name = $"load {index}" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in Teams)
        {
            using var code = await http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team });
            code.EnsureSuccessStatusCode();
            codes[team] = (await code.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        }

        using var started = await http.PostAsync(new Uri($"/api/exercises/{id}/start", UriKind.Relative), null);
        started.EnsureSuccessStatusCode();
        return (id, codes);
    }

    private static HubConnection Connect(string baseUrl, bool server, Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), "hubs/exercise"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                if (server)
                {
                    configure(options);
                }
            })
            .Build();

    private static async Task<HubConnection> ConnectParticipantAsync(
        HttpClient http, string baseUrl, bool server, string exerciseId, string team, string? code, int index, FanOutResult result)
    {
        var cookies = server ? await JoinCodeSignIn.SignInAsync(http, baseUrl, code!, $"p{index}") : new CookieContainer();

        var connection = Connect(baseUrl, server, options => options.Cookies = cookies);
        connection.On<string, JsonElement[]>("events", (pushedFor, events) =>
        {
            foreach (var e in events)
            {
                if (e.GetProperty("type").GetString() != "ad-hoc-inject-created")
                {
                    continue;
                }

                // The title is "load r{round} {Stopwatch timestamp of control's send}", or "load warm-up".
                var title = e.GetProperty("title").GetString()!.Split(' ');
                if (title.Length == 3)
                {
                    var sentAt = long.Parse(title[2], CultureInfo.InvariantCulture);
                    result.Receipt(index, int.Parse(title[1][1..], CultureInfo.InvariantCulture), Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
                }

                if (result.Options.Ack)
                {
                    var injectId = e.GetProperty("injectId").GetString()!;
                    _ = AcknowledgeAsync(connection, exerciseId, injectId, $"p{index}-{injectId}", result);
                }
            }
        });
        connection.Closed += error =>
        {
            if (!result.Closing)
            {
                result.Drop(error?.Message);
            }

            return Task.CompletedTask;
        };
        await connection.StartAsync();
        _ = server
            ? await connection.InvokeAsync<JsonElement>("Join", exerciseId)
            : await connection.InvokeAsync<JsonElement>("Join", exerciseId, team);
        return connection;
    }

    /// <summary>The machine's 1-minute load average (other work on a shared machine makes the figures noisy).</summary>
    private static async Task WarmUpAsync(HubConnection control, string exerciseId, int exercise) =>
        await control.InvokeAsync<JsonElement>("CreateInject", exerciseId, new[] { "all" }, "email", "load warm-up", Body, $"load-{exercise}-warm-up");

    private static async Task SendInjectAsync(HubConnection control, bool server, string exerciseId, int exercise, int round, FanOutResult result)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"load r{round} {Stopwatch.GetTimestamp()}");
        try
        {
            var outcome = await control.InvokeAsync<JsonElement>("CreateInject", exerciseId, new[] { "all" }, "email", title, Body, $"load-{exercise}-{round}");
            if (outcome.GetProperty("accepted").GetBoolean())
            {
                result.Sent(exercise, round);
            }
            else
            {
                result.SendRefused(outcome.GetProperty("rejection").GetString());
            }
        }
        catch (Exception ex)
        {
            result.SendRefused($"{(server ? "server" : "bare")}: {ex.Message}");
        }
    }

    private static async Task AcknowledgeAsync(HubConnection connection, string exerciseId, string injectId, string key, FanOutResult result)
    {
        result.AckStarted();
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await connection.InvokeAsync<JsonElement>("Acknowledge", exerciseId, injectId, key);
            result.AckDone(clock.Elapsed.TotalMilliseconds, outcome.GetProperty("accepted").GetBoolean() ? null : outcome.GetProperty("rejection").GetString() ?? "refused");
        }
        catch (Exception ex)
        {
            result.AckDone(clock.Elapsed.TotalMilliseconds, $"failed: {ex.Message}");
        }
    }

    public sealed record Options(int Exercises, int Participants, int Rounds, bool Ack)
    {
        /// <summary>"server" or "bare" to run that target alone; null for both.</summary>
        public string? Only { get; init; }

        /// <summary>Seconds to keep the connections open after all joined, before the rounds (for a profiler).</summary>
        public int HoldSeconds { get; init; }

        /// <summary>With N &gt; 0: compare the server as 1 node and as N nodes on Redis behind the proxy, instead of against the bare hub.</summary>
        public int Nodes { get; init; }
    }
}
