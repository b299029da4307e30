using ExerciseServer.Scenarios;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExerciseServer.Hosting.Health;

/// <summary>
/// The scenario library: healthy with at least one playable scenario, degraded with none (running exercises keep
/// their own copy and still play, but no new one can be created). Degraded does not make the node unready.
/// </summary>
public sealed class ScenariosHealthCheck(ScenarioCatalog catalog) : IHealthCheck
{
    public const string Name = "scenarios";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var playable = catalog.Results.Count(r => r.IsPlayable);
        var data = new Dictionary<string, object> { ["scenarios"] = playable };
        return Task.FromResult(playable > 0
            ? HealthCheckResult.Healthy($"{playable} playable scenarios in {catalog.Folder}", data)
            : HealthCheckResult.Degraded($"no playable scenario in {catalog.Folder}: exercises cannot be created", data: data));
    }
}
