using ExerciseServer.Grains.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExerciseServer.Hosting.Health;

/// <summary>Healthy once a grain call succeeds on the cluster: the silo really serves grains, not just runs.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public const string Name = "silo";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await grains.GetGrain<ISiloProbeGrain>(0).Ping().WaitAsync(HealthEndpoints.CheckTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"silo {reply.Silo} answered", new Dictionary<string, object> { ["silo"] = reply.Silo });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the silo did not answer a grain call: {ex.GetBaseException().Message}");
        }
    }
}
