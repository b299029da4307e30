using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExerciseServer.Tests.Browser;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>
/// Three server processes on a real Redis, each with its own data folder and home directory, behind the round-robin
/// proxy; ten participants in Chromium and a control script reach them only through the proxy. The node hosting
/// the exercise is killed with SIGKILL mid-play, then another node holding sockets; Redis is stopped for 10 s and a
/// node is stopped during the outage. Afterwards the log has no gap or duplicate, every command control was told
/// was stored is stored exactly once, and every participant shows each inject exactly once.
/// </summary>
public sealed partial class BrowserClusterTests
{
    private const double ShutdownSeconds = 10;
    private static readonly string[] Teams = ["fi-ncsc", "ee-ria"];

    [Fact]
    public async Task Browsers_play_through_a_proxy_while_nodes_die_and_redis_goes_away()
    {
        using var redis = await RedisServer.StartAsync();
        var nodes = new Node[3];
        string[] settings =
        [
            $"--Cluster:Redis={redis.Configuration}", $"--Cluster:Id=browsers-{redis.Port}", $"--Shutdown:TimeoutSeconds={ShutdownSeconds}",
            "--Security:SignInsPerMinute=1000", .. ClusterSettings.PatientMembership,
        ];
        var everyProcess = new List<ServerProcess>();
        await using var cleanup = new Cleanup(everyProcess);
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new Node(Directory.CreateTempSubdirectory($"node{i}-data-").FullName, Directory.CreateTempSubdirectory($"node{i}-home-").FullName, FreePorts.Next());
            everyProcess.Add(nodes[i].Process = await nodes[i].StartAsync(settings));
        }

        await using var proxy = await ProxyProcess.StartAsync(nodes.Select(n => n.Port));
        var baseUrl = proxy.BaseAddress.ToString().TrimEnd('/');

        // Exactly one node generated the password; the facilitator signs in with it through the proxy.
        var printed = nodes.Select(n => GeneratedPassword().Match(n.Process!.Output)).Where(m => m.Success).ToList();
        var password = Assert.Single(printed).Groups[1].Value;
        var facilitator = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = proxy.BaseAddress };
        (await facilitator.PostAsJsonAsync("/api/auth/facilitator", new { password })).EnsureSuccessStatusCode();
        var created = await facilitator.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart", name = "Through the proxy" });
        var exerciseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var codes = new Dictionary<string, string>();
        foreach (var team in Teams)
        {
            var issued = await facilitator.PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", new { team });
            codes[team] = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        }

        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var participants = new List<(IPage Page, string Team)>();
        for (var p = 0; p < 10; p++)
        {
            var team = Teams[p % 2];
            participants.Add((await BrowserFixture.JoinAsync(browser, baseUrl, codes[team], $"Participant {p}"), team));
        }

        // Control's script: an inject to everyone every 0.7 s, each under its own key, retried with the same key until answered.
        await using var control = new HubConnectionBuilder()
            .WithUrl(new Uri(proxy.BaseAddress, "hubs/exercise"), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(ServerProcess.ApiToken);
            })
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)])
            .Build();
        await control.StartAsync();
        (await facilitator.PostAsync(new Uri($"/api/exercises/{exerciseId}/start", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await facilitator.PostAsJsonAsync($"/api/exercises/{exerciseId}/speed", new { gameMinutesPerMinute = 2 })).EnsureSuccessStatusCode();
        using var stopSending = new CancellationTokenSource();
        var script = new ControlScript(control, exerciseId);
        var sending = script.RunAsync(stopSending.Token);
        await Task.Delay(TimeSpan.FromSeconds(6));

        // The node hosting the exercise dies, and comes back on its address later.
        var host = await HostOfAsync(nodes, facilitator, exerciseId);
        host.Process!.Kill();
        await Task.Delay(TimeSpan.FromSeconds(12));
        everyProcess.Add(host.Process = await host.StartAsync(settings));

        // Then the other node holding the most participants' sockets. Presence is kept per node: within the membership
        // timeout none of its connections is listed as connected, and its participants are present again once their
        // browsers have reconnected through the proxy to another node.
        var present = await PresenceUntilAsync(proxy.BaseAddress, exerciseId, list => Players(list).Count() == participants.Count, "all ten participants connected");
        var silos = new Dictionary<Node, string>();
        foreach (var node in nodes)
        {
            silos[node] = (await node.Process!.GetJsonAsync("/readyz")).GetProperty("silo").GetString()!;
        }

        var holder = nodes.Where(n => n != host).MaxBy(n => Players(present).Count(e => IsOn(e, silos[n])))!;
        var held = Players(present).Where(e => IsOn(e, silos[holder])).Select(e => e.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(held);
        var killed = Stopwatch.StartNew();
        holder.Process!.Kill();
        await PresenceUntilAsync(proxy.BaseAddress, exerciseId, list => !list.Any(e => IsConnected(e) && IsOn(e, silos[holder]))
            && held.All(name => Players(list).Any(e => e.GetProperty("name").GetString() == name && IsConnected(e))), $"{string.Join(", ", held)} back, nobody connected on the killed node");
        await Task.Delay(TimeSpan.FromSeconds(12) - killed.Elapsed > TimeSpan.Zero ? TimeSpan.FromSeconds(12) - killed.Elapsed : TimeSpan.Zero);
        everyProcess.Add(holder.Process = await holder.StartAsync(settings));
        await Task.Delay(TimeSpan.FromSeconds(4));

        // Redis goes away for 10 s: commands are refused with a reason, and a node stopped meanwhile exits in time.
        var acceptedBeforeOutage = script.Accepted.Count;
        redis.Stop();
        var outageRefusal = await RefusedWhileStoreIsDownAsync(facilitator, exerciseId);
        var stopped = nodes.First(n => n != host && n != holder);
        var stopping = Stopwatch.StartNew();
        stopped.Process!.Terminate();
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(ShutdownSeconds + 5)))
        {
            await stopped.Process.WaitForExitAsync(limit.Token);
        }

        var shutdown = stopping.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10) - shutdown > TimeSpan.Zero ? TimeSpan.FromSeconds(10) - shutdown : TimeSpan.Zero);
        await redis.RestartAsync();
        everyProcess.Add(stopped.Process = await stopped.StartAsync(settings));

        // The exercise carries on: more commands are stored after the outage.
        var resumed = Stopwatch.StartNew();
        while (script.Accepted.Count <= acceptedBeforeOutage + 3 && resumed.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(500);
        }

        await stopSending.CancelAsync();
        await sending;

        var log = await EventsAsync(facilitator, exerciseId);
        var seqs = log.Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
        var adHoc = log.Where(e => e.GetProperty("type").GetString() == "ad-hoc-inject-created").ToList();
        foreach (var key in script.Accepted)
        {
            Assert.Single(adHoc, e => e.GetProperty("title").GetString() == $"cluster {key}");
        }

        Assert.True(script.Accepted.Count > acceptedBeforeOutage + 3, $"only {script.Accepted.Count} commands stored, {acceptedBeforeOutage} of them before the outage; last refusals: {string.Join(" | ", script.Refusals.TakeLast(3))}");
        Assert.Contains("unavailable", outageRefusal, StringComparison.Ordinal);
        Assert.Contains(script.Refusals, r => r.Contains("unavailable:", StringComparison.Ordinal));
        Assert.True(shutdown < TimeSpan.FromSeconds(ShutdownSeconds + 1), $"a node stopped while Redis was down took {shutdown.TotalSeconds:0.0} s to exit");

        // Every participant shows each inject of its team exactly once, whichever node its socket ended on.
        var injectsOf = Teams.ToDictionary(t => t, t => log
            .Where(e => e.GetProperty("type").GetString() is "ad-hoc-inject-created" or "inject-released" && Audience(e).Contains(t))
            .Select(e => e.GetProperty("injectId").GetString()!).Distinct().ToList());
        foreach (var ((page, team), index) in participants.Select((p, i) => (p, i)))
        {
            try
            {
                foreach (var inject in injectsOf[team])
                {
                    await Assertions.Expect(page.GetByTestId($"inbox-item-{inject}")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
                }
            }
            catch (PlaywrightException)
            {
                await BrowserFixture.ShotAsync(page, $"cluster-participant-{index}-failed");
                throw;
            }
        }

        await BrowserFixture.ShotAsync(participants[0].Page, "cluster-participant-after-chaos");
        var served = everyProcess.Select(p => p.Output).Count(o => o.Contains("HTTP ", StringComparison.Ordinal));
        Assert.True(served >= 2, $"only {served} node processes served requests");
    }

    /// <summary>A control command through the proxy while Redis is down: retried until a node answers it, which must be a 503 saying why.</summary>
    private static async Task<string> RefusedWhileStoreIsDownAsync(HttpClient facilitator, string exerciseId)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(9))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/exercises/{exerciseId}/speed") { Content = JsonContent.Create(new { gameMinutesPerMinute = 8 }) };
            request.Headers.Add("Idempotency-Key", $"outage-{clock.ElapsedMilliseconds}");
            using var response = await facilitator.SendAsync(request);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return last;
            }

            await Task.Delay(300);
        }

        return last;
    }

    /// <summary>Control's presence list through the proxy (a fresh connection each time, as nodes die), polled until it satisfies <paramref name="done"/>.</summary>
    private static async Task<List<JsonElement>> PresenceUntilAsync(Uri proxy, string exerciseId, Func<List<JsonElement>, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        List<JsonElement> list = [];
        var problem = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(45))
        {
            try
            {
                await using var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(proxy, "hubs/exercise"), HttpTransportType.WebSockets, o =>
                    {
                        o.SkipNegotiation = true;
                        o.AccessTokenProvider = () => Task.FromResult<string?>(ServerProcess.ApiToken);
                    })
                    .Build();
                await connection.StartAsync();
                list = [.. (await connection.InvokeAsync<JsonElement>("GetPresence", exerciseId)).EnumerateArray()];
                if (done(list))
                {
                    return list;
                }
            }
            catch (Exception ex)
            {
                // A node that just died, or a connection the proxy sent to it: try again through the proxy.
                problem = ex.Message;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"presence never showed {what} within 45 s; last: {string.Join(" | ", list.Select(e => e.GetRawText()))} {problem}");
    }

    private static IEnumerable<JsonElement> Players(List<JsonElement> presence) => presence.Where(e => e.GetProperty("role").GetString() == "player" && IsConnected(e));

    private static bool IsConnected(JsonElement entry) => !entry.TryGetProperty("dropped", out var dropped) || dropped.ValueKind == JsonValueKind.Null;

    /// <summary>Whether the entry's socket is on the silo <c>/readyz</c> names ("S127.0.0.1:port:generation"; entries say "127.0.0.1:port@generation").</summary>
    private static bool IsOn(JsonElement entry, string silo) =>
        entry.TryGetProperty("node", out var node) && node.GetString() is { } name && "S" + name.Replace('@', ':') == silo;

    private static async Task<Node> HostOfAsync(Node[] nodes, HttpClient facilitator, string exerciseId)
    {
        var hostedOn = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/exercises/{exerciseId}")).GetProperty("hostedOn").GetString()!;
        foreach (var node in nodes)
        {
            var silo = (await node.Process!.GetJsonAsync("/readyz")).GetProperty("silo").GetString()!;
            if (hostedOn.Contains(silo.Split('@')[0].TrimStart('S'), StringComparison.Ordinal))
            {
                return node;
            }
        }

        throw new InvalidOperationException($"no node runs silo {hostedOn}");
    }

    private static async Task<List<JsonElement>> EventsAsync(HttpClient facilitator, string exerciseId)
    {
        var text = await facilitator.GetStringAsync(new Uri($"/api/exercises/{exerciseId}/events?after=0", UriKind.Relative));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    private static List<string> Audience(JsonElement e)
    {
        var audience = e.GetProperty("audience");
        return audience.TryGetProperty("allPlayers", out var all) && all.GetBoolean()
            ? [.. Teams]
            : [.. audience.GetProperty("teams").EnumerateArray().Select(t => t.GetString()!)];
    }

    [GeneratedRegex("Facilitator sign-in: password ([0-9A-Z]+) ")]
    private static partial Regex GeneratedPassword();

    /// <summary>One node: its own data folder, home directory and port, kept across restarts.</summary>
    private sealed class Node(string data, string home, int port)
    {
        public int Port => port;

        public ServerProcess? Process { get; set; }

        /// <summary>
        /// Starts the node, and starts it again if it stopped while starting, as a supervisor (systemd, a container
        /// runtime) would: on two loaded cores a node coming back can be too slow to answer its first membership probes,
        /// is voted dead by the others, and an Orleans silo that finds itself dead stops. Three tries at most.
        /// </summary>
        public async Task<ServerProcess> StartAsync(string[] settings)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ServerProcess.StartAsync(data, port, home, settings);
                }
                catch (InvalidOperationException ex) when (attempt < 3 && ex.Message.StartsWith("The server exited", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"Node on port {port} stopped while starting (attempt {attempt}); starting it again: {ex.Message.Split('\n')[0]}");
                }
            }
        }
    }

    /// <summary>Stops every node process and keeps its output beside the screenshots, to read after a failure.</summary>
    private sealed class Cleanup(List<ServerProcess> processes) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var (process, index) in processes.Select((p, i) => (p, i)))
            {
                await process.DisposeAsync();
                await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, $"cluster-process-{index}.log"), process.Output);
            }
        }
    }
}
