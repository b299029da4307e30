using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ExerciseServer.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.LoadTests;

/// <summary>
/// Inject fan-out under load: N exercises × M participants as real SignalR clients against the real server
/// (started here as its own process), answering what they receive; and, in the same run, a bare SignalR hub
/// broadcasting payloads of the same size to groups of the same sizes. Prints p50/p95/p99 release-to-receipt
/// latency for both, the ratio, connections held, server memory per connection and errors. Run:
/// <c>dotnet run -c Release --project tests/ExerciseServer.LoadTests -- fanout [--exercises 20] [--participants 50]</c>.
/// </summary>
public static class FanOutLoadRun
{
    private const string Token = "load-run-token-0123456789";

    public static async Task<int> RunAsync(string[] args)
    {
        var exercises = Option(args, "--exercises", 20);
        var participants = Option(args, "--participants", 50);
        var rounds = Option(args, "--rounds", 5);
        var connections = exercises * participants;
        Console.WriteLine($"Fan-out run: {exercises} exercises × {participants} participants = {connections:N0} connections");

        using var server = StartServer(out var baseUrl);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        await WaitReadyAsync(http);
        server.Refresh();
        var memoryBefore = server.WorkingSet64;

        // The server: each exercise with its participants split over its two teams.
        var exerciseRecorder = new LatencyRecorder();
        var clients = new List<HubConnection>();
        var ids = new List<string>();
        for (var e = 0; e < exercises; e++)
        {
            var created = await http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart", name = $"load {e}" });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            ids.Add(id);
            var codes = new Dictionary<string, string>();
            foreach (var team in new[] { "fi-ncsc", "ee-ria" })
            {
                var code = await http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team });
                codes[team] = (await code.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            }

            var joins = Enumerable.Range(0, participants).Select(p => ConnectParticipantAsync(baseUrl, id, codes[p % 2 == 0 ? "fi-ncsc" : "ee-ria"], $"p{p}", exerciseRecorder));
            clients.AddRange(await Task.WhenAll(joins));
        }

        server.Refresh();
        var perConnection = (server.WorkingSet64 - memoryBefore) / (double)connections;
        Console.WriteLine($"{clients.Count(c => c.State == HubConnectionState.Connected):N0} connections held; server working set +{perConnection / 1024:0.0} KiB per connection");

        // Release the quickstart's timed injects everywhere at once by jumping each exercise through them.
        foreach (var id in ids)
        {
            await http.PostAsync(new Uri($"/api/exercises/{id}/start", UriKind.Relative), null);
        }

        var jumps = new[] { "PT1M", "PT4M", "PT7M", "PT12M", "PT15M" }.Take(rounds);
        foreach (var to in jumps)
        {
            await Task.WhenAll(ids.Select(id => http.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to })));
            await Task.Delay(3_000);
        }

        await Task.Delay(2_000);

        // The baseline: a bare hub, same group sizes, same number of broadcasts of the same payload size.
        var bareRecorder = new LatencyRecorder();
        await using var bare = await StartBareHubAsync();
        var bareClients = new List<HubConnection>();
        for (var e = 0; e < exercises; e++)
        {
            var group = $"g{e}";
            bareClients.AddRange(await Task.WhenAll(Enumerable.Range(0, participants).Select(_ => ConnectBareAsync(bare.Url, group, bareRecorder))));
        }

        var hub = bare.App.Services.GetRequiredService<IHubContext<BareHub>>();
        var payload = new string('x', 300);
        for (var round = 0; round < rounds; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, exercises).Select(e =>
                hub.Clients.Group($"g{e}").SendAsync("events", $"g{e}", new[] { new { type = "inject-released", wallTime = DateTimeOffset.UtcNow, body = payload } })));
            await Task.Delay(3_000);
        }

        await Task.Delay(2_000);
        Console.WriteLine();
        Console.WriteLine("| target | connections | receipts | p50 ms | p95 ms | p99 ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(exerciseRecorder.Row("ExerciseServer (grain → bridge → hub)", connections));
        Console.WriteLine(bareRecorder.Row("bare SignalR hub", connections));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p99 ratio ExerciseServer / bare hub: {exerciseRecorder.Percentile(0.99) / bareRecorder.Percentile(0.99):0.00}; server memory {perConnection / 1024:0.0} KiB per connection"));

        await Task.WhenAll(clients.Concat(bareClients).Select(c => c.DisposeAsync().AsTask()));
        server.Kill(entireProcessTree: true);
        return exerciseRecorder.Errors + bareRecorder.Errors == 0 ? 0 : 1;
    }

    private static async Task<HubConnection> ConnectParticipantAsync(string baseUrl, string exerciseId, string code, string name, LatencyRecorder recorder)
    {
        var cookies = new CookieContainer();
        using (var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(baseUrl) })
        {
            (await http.PostAsJsonAsync("/api/auth/join", new { code, name })).EnsureSuccessStatusCode();
        }

        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), "hubs/exercise"), options => options.Cookies = cookies)
            .Build();
        connection.On<string, JsonElement[]>("events", (exercise, events) =>
        {
            foreach (var e in events.Where(e => e.GetProperty("type").GetString() == "inject-released"))
            {
                recorder.Record(e.GetProperty("wallTime").GetDateTimeOffset());
                var inject = e.GetProperty("injectId").GetString()!;

                // Teams answer a moment later, as people do, so answers and the next release do not coincide.
                _ = Task.Delay(Random.Shared.Next(200, 1_500))
                    .ContinueWith(_ => connection.InvokeAsync<JsonElement>("Respond", exerciseId, inject, $"{name} on it", $"{name}-{inject}"), TaskScheduler.Default)
                    .Unwrap()
                    .ContinueWith(t => { if (t.IsFaulted) { recorder.Error(); } }, TaskScheduler.Default);
            }
        });
        connection.Closed += error =>
        {
            // A connection the server drops counts; the run closing its own connections does not.
            if (error is not null)
            {
                recorder.Error();
            }

            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Join", exerciseId);
        return connection;
    }

    private static async Task<HubConnection> ConnectBareAsync(string url, string group, LatencyRecorder recorder)
    {
        var connection = new HubConnectionBuilder().WithUrl(url).Build();
        connection.On<string, JsonElement[]>("events", (_, events) =>
        {
            foreach (var e in events)
            {
                recorder.Record(e.GetProperty("wallTime").GetDateTimeOffset());
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync("JoinGroup", group);
        return connection;
    }

    private static async Task<BareHubHost> StartBareHubAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<BareHub>("/bare");
        await app.StartAsync();
        return new BareHubHost(app, $"http://127.0.0.1:{port}/bare");
    }

    private static Process StartServer(out string baseUrl)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "ExerciseServer", "bin", configuration, "net10.0", "ExerciseServer.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the server first: dotnet build -c {configuration} src/ExerciseServer", dll);
        }

        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in new[]
                 {
                     dll, "--urls", baseUrl, $"--Storage:Path={Directory.CreateTempSubdirectory("fanout-").FullName}",
                     $"--Orleans:SiloPort={FreePort()}", $"--Orleans:GatewayPort={FreePort()}", $"--Scenarios:Path={RepositoryPaths.Scenarios}",
                     $"--Facilitator:ApiToken={Token}", "--Security:SignInsPerMinute=1000000", "--Serilog:MinimumLevel:Default=Warning",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the server did not become ready");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private sealed record BareHubHost(WebApplication App, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
