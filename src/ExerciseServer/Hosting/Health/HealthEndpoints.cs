using ExerciseServer.Core.Words;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExerciseServer.Hosting.Health;

/// <summary>
/// The probes, on ASP.NET Core health checks. <c>GET /healthz</c> (liveness) runs no check: 200 while the process
/// lives. <c>GET /readyz</c> runs the <see cref="ReadyTag"/> checks (silo, store, scenarios): 200 with the silo's address,
/// the number of playable scenarios and each check's status when none is unhealthy; else 503 with problem details
/// naming what failed, so a proxy or orchestrator takes the node out of turn while its store is unreachable.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddExerciseHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>(SiloHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<ScenariosHealthCheck>(ScenariosHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => context.Response.WriteAsJsonAsync(new { status = "healthy" }),
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        });
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => StatusWords.Of(e.Value.Status));
        if (report.Status == HealthStatus.Unhealthy)
        {
            // The store first: when it is gone the silo's failure is its consequence.
            var reasons = report.Entries
                .Where(e => e.Value.Status == HealthStatus.Unhealthy)
                .OrderBy(e => e.Key == StoreHealthCheck.Name ? 0 : 1)
                .Select(e => e.Value.Description ?? e.Value.Exception?.Message ?? e.Key);
            var problem = Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not ready",
                detail: string.Join("; ", reasons),
                extensions: new Dictionary<string, object?> { ["checks"] = checks });
            return problem.ExecuteAsync(context);
        }

        return context.Response.WriteAsJsonAsync(new
        {
            status = "ready",
            silo = Data(report, SiloHealthCheck.Name, "silo"),
            scenarios = Data(report, ScenariosHealthCheck.Name, "scenarios"),
            checks,
        });
    }

    private static object? Data(HealthReport report, string check, string key) =>
        report.Entries.TryGetValue(check, out var entry) && entry.Data.TryGetValue(key, out var value) ? value : null;
}
