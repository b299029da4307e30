using ExerciseServer.Grains.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ExerciseServer.Hosting.Health;

/// <summary>
/// Healthy while the exercise store answers: in cluster mode a Redis ping, else a read of the SQLite database.
/// While it fails the node is not ready, so a proxy or orchestrator takes it out of turn.
/// </summary>
public sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync().WaitAsync(HealthEndpoints.CheckTimeout, cancellationToken);
                return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms", new Dictionary<string, object> { ["store"] = "redis" });
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy($"the cluster store (Redis) cannot be reached: {ex.Message}");
            }
        }

        if (services.GetService<SqliteDatabase>() is { } sqlite)
        {
            try
            {
                await using var connection = await sqlite.OpenAsync(cancellationToken).WaitAsync(HealthEndpoints.CheckTimeout, cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM sqlite_master";
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy("the SQLite database answered", new Dictionary<string, object> { ["store"] = "sqlite" });
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"the SQLite database cannot be read: {ex.GetBaseException().Message}");
            }
        }

        return HealthCheckResult.Unhealthy("no exercise store is configured");
    }
}
