using ExerciseServer.Grains.Diagnostics;
using ExerciseServer.Security;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ExerciseServer.Hosting;

/// <summary>
/// OpenTelemetry for the host: the framework's meters (ASP.NET Core, Kestrel, SignalR's connections, Orleans) and the
/// server's own (<see cref="ExerciseTelemetry"/>), scraped at <see cref="MetricsPath"/> by control only, and exported
/// over OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other <c>OTEL_*</c> variables).
/// Traces are collected only when something takes them (an OTLP endpoint, or <c>Telemetry:Traces=true</c> for an
/// exporter added in code), so the command path creates no spans for nobody.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The framework meters worth charting beside the server's own.</summary>
    public static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.Orleans",
    ];

    /// <summary>The activity sources of one command's trace: the hub (SignalR's and ours), Orleans grain calls, the grains, the store, the push.</summary>
    public static readonly string[] TraceSources =
    [
        ExerciseTelemetry.Name,
        "Microsoft.AspNetCore.SignalR.Server",
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
    ];

    /// <summary>Whether spans are collected: an OTLP endpoint is configured, or <c>Telemetry:Traces</c> asks for them.</summary>
    public static bool TracesWanted(IConfiguration configuration) =>
        OtlpWanted(configuration) || configuration.GetValue(ServerSettingNames.TelemetryTraces, false);

    public static IServiceCollection AddExerciseTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = OtlpWanted(configuration);
        var otel = services.AddOpenTelemetry();

        // OTEL_SERVICE_NAME, when set, names the service (the SDK reads it); this is only the default.
        if (string.IsNullOrEmpty(configuration[ServerSettingNames.OtelServiceName]))
        {
            otel.ConfigureResource(resource => resource.AddService("exerciseserver"));
        }

        otel.WithMetrics(metrics =>
        {
            metrics.AddMeter(ExerciseTelemetry.Name).AddMeter(FrameworkMeters);
            metrics.AddPrometheusExporter();
            if (otlp)
            {
                metrics.AddOtlpExporter();
            }
        });
        if (TracesWanted(configuration))
        {
            otel.WithTracing(tracing =>
            {
                tracing.AddSource(TraceSources).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        }

        return services;
    }

    /// <summary>The Prometheus text format at <see cref="MetricsPath"/>, for control (a scraper uses an API token as its bearer).</summary>
    public static void MapMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(ExerciseClaims.ControlPolicy);

    private static bool OtlpWanted(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[ServerSettingNames.OtelExporterEndpoint]);
}
