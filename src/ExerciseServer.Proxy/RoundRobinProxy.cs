using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace ExerciseServer.Proxy;

/// <summary>
/// Every request, WebSocket upgrades included, goes to the next ready node in turn: no affinity, because any node
/// can serve any request (the key ring and sign-ins are shared through the cluster), and the browser client opens
/// its hub socket without a negotiate request. The original Host header is passed on. A node is taken out of turn
/// when its <c>/readyz</c> fails twice in a row or a request to it cannot connect, and back in when it answers again.
/// </summary>
public static class RoundRobinProxy
{
    public const string ClusterId = "nodes";

    public static WebApplication Build(ProxyOptions options, string[]? hostArgs = null)
    {
        var builder = WebApplication.CreateBuilder(hostArgs ?? []);
        builder.WebHost.UseUrls(options.Listen);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Each failed probe would print a stack trace; the change of a node's state is logged once, as a warning.
        builder.Logging.AddFilter("Yarp.ReverseProxy.Health.ActiveHealthCheckMonitor", LogLevel.Error);
        builder.Services.AddReverseProxy().LoadFromMemory([Route()], [Cluster(options)]);
        var app = builder.Build();
        app.MapReverseProxy();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
            $"Proxy listening on {string.Join(", ", app.Urls)}, round-robin over {string.Join(", ", options.Nodes)}"));
        return app;
    }

    private static RouteConfig Route() => new()
    {
        RouteId = "all",
        ClusterId = ClusterId,
        Match = new RouteMatch { Path = "{**path}" },

        // The nodes see the address the browser used (nginx: proxy_set_header Host $host), which their hub's
        // same-origin check compares the page's Origin with; X-Forwarded-For/-Proto are added as well.
        Transforms = [new Dictionary<string, string>(StringComparer.Ordinal) { ["RequestHeaderOriginalHost"] = "true" }],
    };

    private static ClusterConfig Cluster(ProxyOptions options) => new()
    {
        ClusterId = ClusterId,
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        Destinations = options.Nodes
            .Select((node, i) => (Id: $"node{i + 1}", Config: new DestinationConfig { Address = node.ToString() }))
            .ToDictionary(d => d.Id, d => d.Config, StringComparer.Ordinal),
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = options.HealthInterval,
                Timeout = options.HealthInterval,
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = "/readyz",
            },
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = options.HealthInterval * 2,
            },
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
        },
    };
}
