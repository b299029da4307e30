using ExerciseServer.Grains.Health;
using ExerciseServer.Scenarios;
using StackExchange.Redis;

namespace ExerciseServer.Hosting;

/// <summary>
/// <c>GET /readyz</c>: 200 once a grain call succeeds on the silo and, in cluster mode, Redis answers a ping; else
/// 503 with the reason, so a proxy or orchestrator takes the node out of turn while its store is unreachable.
/// </summary>
public static class ReadinessEndpoint
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static void MapReadiness(this WebApplication app) =>
        app.MapGet("/readyz", async (IGrainFactory grains, ScenarioCatalog catalog, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            if (services.GetService<IConnectionMultiplexer>() is { } redis)
            {
                try
                {
                    await redis.GetDatabase().PingAsync().WaitAsync(CheckTimeout, cancellationToken);
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    return NotReady($"the cluster store (Redis) cannot be reached: {ex.Message}");
                }
            }

            try
            {
                var reply = await grains.GetGrain<ISiloProbeGrain>(0).Ping().WaitAsync(CheckTimeout, cancellationToken);
                return Results.Ok(new { status = "ready", silo = reply.Silo, scenarios = catalog.Results.Count(r => r.IsPlayable) });
            }
            catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
            {
                return NotReady($"the silo did not answer a grain call: {ex.GetBaseException().Message}");
            }
        });

    private static IResult NotReady(string reason) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", detail: reason);
}
