namespace ExerciseServer.Hosting;

/// <summary>
/// What the browser client reads before it connects (<c>GET /api/client-settings</c>). It opens its hub WebSocket
/// directly, without SignalR's negotiate request, so a round-robin proxy needs no affinity; only when that fails and
/// <see cref="HubNegotiationFallback"/> is set may it negotiate (SSE, long polling), which in a cluster needs sticky
/// sessions. <c>Hub:NegotiationFallback</c> sets it; by default it is on for one node and off in cluster mode.
/// </summary>
public sealed record ClientSettings(bool HubNegotiationFallback)
{
    public const string Path = "/api/client-settings";

    public static ClientSettings From(IConfiguration configuration) =>
        new(configuration.GetValue<bool?>(ServerSettingNames.HubNegotiationFallback) ?? string.IsNullOrEmpty(configuration[ServerSettingNames.ClusterRedis]));
}
