using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ExerciseServer.Tests.Shared;
using Microsoft.Diagnostics.NETCore.Client;

namespace ExerciseServer.LoadTests;

/// <summary>
/// A process under load (the bare hub or the exercise server), started from its build output on loopback and
/// measured from outside: resident memory from <c>/proc/PID/status</c> (VmRSS) after a full GC that the run induces
/// over the .NET diagnostics port (an EventPipe session with the runtime's GCHeapCollect keyword, as
/// <c>dotnet-gcdump</c> does), and CPU time from <c>/proc/PID/stat</c> (user + system).
/// </summary>
public sealed class ChildProcess : ILoadTarget
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ChildProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    /// <summary>Starts <c>dotnet DLL --urls http://127.0.0.1:PORT ARGS</c> and waits until <c>/readyz</c> answers.</summary>
    public static async Task<ChildProcess> StartAsync(string dll, IEnumerable<string> args)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in (string[])[dll, "--urls", baseUrl, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        var child = new ChildProcess(Process.Start(info)!, baseUrl);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (child._process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {child._process.ExitCode}:\n{child.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return child;
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

        await child.DisposeAsync();
        throw new TimeoutException($"{Path.GetFileName(dll)} was not ready within 120 s:\n{child.Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(40));
            }
        }
    }

    /// <summary>Induces a full blocking GC in the process, waits for it to settle and returns VmRSS in bytes.</summary>
    public async Task<long> RssAfterGcAsync()
    {
        var client = new DiagnosticsClient(Pid);
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
        using (var session = await client.StartEventPipeSessionAsync([provider], requestRundown: false, circularBufferMB: 16, CancellationToken.None))
        {
            var drain = session.EventStream.CopyToAsync(Stream.Null);
            await Task.Delay(1_500);
            await session.StopAsync(CancellationToken.None);
            await drain;
        }

        await Task.Delay(500);
        return Rss();
    }

    /// <summary>VmRSS of the process now, in bytes.</summary>
    public long Rss()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// VmRSS's parts now, in MB, for telling the kinds of memory apart when profiling: anonymous (the GC heap, native
    /// allocations, stacks), file-backed (mapped assemblies and libraries) and shared (among them the runtime's
    /// double-mapped executable memory, which grows as code is compiled).
    /// </summary>
    public string RssParts()
    {
        var status = File.ReadLines($"/proc/{Pid}/status").ToList();
        string Mb(string key) => status.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal)) is { } line
            ? (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)
            : "?";
        return $"anonymous {Mb("RssAnon")}, file {Mb("RssFile")}, shared {Mb("RssShmem")} MB";
    }

    /// <summary>User plus system CPU seconds the process has used so far.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
