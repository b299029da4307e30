using System.Diagnostics;
using System.Net.Sockets;

namespace ExerciseServer.Tests.Support;

/// <summary>A real redis-server on a free loopback port in a temporary folder, append-only file fsync'd.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly string _folder;
    private Process _process;

    private RedisServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static string? Executable => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePorts.Next();
        var folder = Directory.CreateTempSubdirectory("redis-").FullName;
        return new RedisServer(await LaunchAsync(port, folder), port, folder);
    }

    /// <summary>An outage: the server is killed; <see cref="RestartAsync"/> brings it back on the same port with its data.</summary>
    public void Stop()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async Task RestartAsync()
    {
        _process.Dispose();
        _process = await LaunchAsync(Port, _folder);
    }

    private static async Task<Process> LaunchAsync(int port, string folder)
    {
        var executable = Executable ?? throw new InvalidOperationException("redis-server is not installed; tests/run.sh installs it.");
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--protected-mode", "yes" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill();
        throw new TimeoutException("redis-server did not start listening");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
