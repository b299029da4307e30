using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Support;

/// <summary>The real server as its own process, started from the build output, killable with SIGKILL.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiToken);
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public const string ApiToken = "process-test-token-0123456789";

    public int Port { get; }
    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>The host's build output beside the tests' (same configuration).</summary>
    public static string ServerDll => RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer"), "ExerciseServer.dll");

    public static Task<ServerProcess> StartAsync(string dataFolder, params string[] extraArgs) => StartAsync(dataFolder, null, null, extraArgs);

    /// <summary>
    /// On a given port (a restarted node keeps its address behind the proxy) and with a home directory of its own
    /// (so nothing is shared between nodes by accident, such as a default Data Protection key ring).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string dataFolder, int? port, string? home, params string[] extraArgs)
    {
        port ??= FreePorts.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        if (home is not null)
        {
            info.Environment["HOME"] = home;
            info.Environment["DOTNET_CLI_HOME"] = home;
        }
        foreach (var arg in (string[])[ServerDll, "--urls", $"http://127.0.0.1:{port}", $"--Storage:Path={dataFolder}",
                     $"--Orleans:SiloPort={FreePorts.Next()}", $"--Orleans:GatewayPort={FreePorts.Next()}",
                     $"--Scenarios:Path={RepositoryPaths.Scenarios}", $"--Facilitator:ApiToken={ApiToken}", .. extraArgs])
        {
            info.ArgumentList.Add(arg);
        }

        var server = new ServerProcess(Process.Start(info)!, port.Value);
        await server.WaitReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, like a power cut for the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, the way an orchestrator stops a node: a graceful shutdown.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public async Task<JsonElement> GetJsonAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path);

    public async Task<List<JsonElement>> EventsAsync(string exerciseId)
    {
        var text = await Http.GetStringAsync(new Uri($"/api/exercises/{exerciseId}/events?after=0", UriKind.Relative));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        Http.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }
}
