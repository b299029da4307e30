using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.LoadTests;

/// <summary>
/// The exercise server as a cluster under load: a fresh redis-server, N nodes on it (each its own process, data
/// folder and ports; the same cluster id) and the round-robin proxy (src/ExerciseServer.Proxy) in front, which is
/// where the clients connect. Memory and CPU are the nodes' summed; the proxy's are not counted (it is the same
/// one whatever the number of nodes).
/// </summary>
public sealed class ClusterTarget : ILoadTarget
{
    private readonly RedisServer _redis;
    private readonly List<ChildProcess> _nodes;
    private readonly ProxyProcess _proxy;
    private readonly List<string> _folders;

    private ClusterTarget(RedisServer redis, List<ChildProcess> nodes, ProxyProcess proxy, List<string> folders)
    {
        _redis = redis;
        _nodes = nodes;
        _proxy = proxy;
        _folders = folders;
    }

    public string BaseUrl => _proxy.BaseAddress.ToString().TrimEnd('/');

    public int Pid => _nodes[0].Pid;

    /// <summary>Starts Redis, <paramref name="nodes"/> server nodes with <paramref name="serverArgs"/> and the proxy; each node is ready before the next starts.</summary>
    public static async Task<ClusterTarget> StartAsync(int nodes, IReadOnlyList<string> serverArgs)
    {
        var redis = await RedisServer.StartAsync();
        var started = new List<ChildProcess>();
        var folders = new List<string>();
        try
        {
            var dll = RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer"), "ExerciseServer.dll");
            for (var n = 0; n < nodes; n++)
            {
                var folder = Directory.CreateTempSubdirectory($"fanout-node{n + 1}-").FullName;
                folders.Add(folder);
                started.Add(await ChildProcess.StartAsync(dll, [
                    .. serverArgs, $"--Storage:Path={folder}", $"--Orleans:SiloPort={ChildProcess.FreePort()}", $"--Orleans:GatewayPort={ChildProcess.FreePort()}",
                    $"--Cluster:Redis={redis.Configuration}", $"--Cluster:Id=fanout-{redis.Port}"]));
            }

            var proxy = await ProxyProcess.StartAsync(started.Select(node => new Uri(node.BaseUrl).Port));
            return new ClusterTarget(redis, started, proxy, folders);
        }
        catch
        {
            foreach (var node in started)
            {
                await node.DisposeAsync();
            }

            redis.Dispose();
            throw;
        }
    }

    public async Task<long> RssAfterGcAsync()
    {
        long sum = 0;
        foreach (var node in _nodes)
        {
            sum += await node.RssAfterGcAsync();
        }

        return sum;
    }

    public string RssParts() => string.Join(" + ", _nodes.Select(n => n.RssParts()));

    public double CpuSeconds() => _nodes.Sum(n => n.CpuSeconds());

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _redis.Dispose();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
