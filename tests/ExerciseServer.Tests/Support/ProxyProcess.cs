using System.Diagnostics;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Support;

/// <summary>The round-robin proxy (src/ExerciseServer.Proxy) as its own process, from the build output beside the tests'.</summary>
public sealed class ProxyProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ProxyProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public static async Task<ProxyProcess> StartAsync(IEnumerable<int> nodePorts)
    {
        var dll = RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer.Proxy"), "ExerciseServer.Proxy.dll");
        var port = FreePorts.Next();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[dll, "--listen", $"http://127.0.0.1:{port}", "--health-seconds", "1", .. nodePorts.SelectMany(p => new[] { "--node", $"http://127.0.0.1:{p}" })])
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new ProxyProcess(process, port);
        using var http = new HttpClient { BaseAddress = proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        await proxy.DisposeAsync();
        throw new TimeoutException("The proxy did not answer /healthz through a node.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
