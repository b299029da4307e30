using System.Collections.Frozen;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Hubs;

namespace ExerciseServer.Hosting;

/// <summary>
/// Every setting the server reads, by name: the readers take their keys from here, and the command line is checked
/// against the same list, so a mistyped setting (<c>--Storage:Pth</c>, <c>--prot 5000</c>) stops the start instead
/// of being ignored while the server runs on its defaults. Sections that belong to a library (Kestrel, Logging,
/// Serilog, Orleans membership) are open below their name; the library checks its own keys.
/// </summary>
public static class ServerSettingNames
{
    public const string StoragePath = "Storage:Path";
    public const string ScenariosPath = "Scenarios:Path";
    public const string ClusterRedis = "Cluster:Redis";
    public const string ClusterId = "Cluster:Id";
    public const string OrleansSiloPort = "Orleans:SiloPort";
    public const string OrleansGatewayPort = "Orleans:GatewayPort";
    public const string OrleansAdvertisedIp = "Orleans:AdvertisedIP";
    public const string OrleansMembership = "Orleans:Membership";
    public const string HubNegotiationFallback = "Hub:NegotiationFallback";
    public const string HubAllowedOrigins = "Hub:AllowedOrigins";
    public const string SecuritySignInsPerMinute = "Security:SignInsPerMinute";
    public const string SecuritySessionLifetime = "Security:SessionLifetime";
    public const string SecurityRevocationRefresh = "Security:RevocationRefresh";
    public const string SecurityFailedBearerPerMinute = "Security:FailedBearerPerMinute";
    public const string FacilitatorPassword = "Facilitator:Password";
    public const string FacilitatorApiToken = "Facilitator:ApiToken";
    public const string TelemetryTraces = "Telemetry:Traces";
    public const string DashboardEnabled = "Dashboard:Enabled";
    public const string Urls = "urls";
    public const string AspNetCoreUrls = "ASPNETCORE_URLS";
    public const string OtelServiceName = "OTEL_SERVICE_NAME";
    public const string OtelExporterEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Keys of ASP.NET Core's host and web host that the server does not read itself but honours.</summary>
    private static readonly string[] HostKeys =
    [
        "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports", "https_port",
        "detailedErrors", "shutdownTimeoutSeconds", "hostingStartupAssemblies", "hostingStartupExcludeAssemblies",
        "preventHostingStartup", "suppressStatusMessages", "AllowedHosts",
    ];

    /// <summary>Sections whose keys a library reads (or lists, numbered); anything below them is theirs to check.</summary>
    public static IReadOnlyList<string> OpenSections { get; } =
    [
        "Kestrel", "Logging", "Serilog", OrleansMembership, $"{ReverseProxy.Section}:{ReverseProxy.KnownProxies}",
        $"{ReverseProxy.Section}:{ReverseProxy.KnownNetworks}",
    ];

    /// <summary>The OpenTelemetry SDK reads its own settings (exporter, headers, resource) by this prefix.</summary>
    public const string OtelPrefix = "OTEL_";

    /// <summary>Every exact key, for lookups and for suggesting the one that was meant.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = AllKeys();

    private static readonly FrozenSet<string> KeySet = Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> (configuration's <c>Section:Key</c> form, any case) is read by the server or a library it hosts.</summary>
    public static bool IsKnown(string key) =>
        KeySet.Contains(key)
        || key.StartsWith(OtelPrefix, StringComparison.OrdinalIgnoreCase)
        || OpenSections.Any(section => key.Length > section.Length + 1 && key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="key"/> is a section that holds settings (<c>Storage</c>, <c>Orleans:Membership</c>) rather than one setting.</summary>
    public static bool IsSection(string key) =>
        Keys.Concat(OpenSections).Any(known => known.Length > key.Length + 1 && known.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))
        || OpenSections.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static string[] AllKeys()
    {
        string[] own =
        [
            StoragePath, ScenariosPath, ClusterRedis, ClusterId, OrleansSiloPort, OrleansGatewayPort, OrleansAdvertisedIp,
            HubNegotiationFallback, HubAllowedOrigins, SecuritySignInsPerMinute, SecuritySessionLifetime,
            SecurityRevocationRefresh, SecurityFailedBearerPerMinute, FacilitatorPassword, FacilitatorApiToken,
            TelemetryTraces, DashboardEnabled, ShutdownDeadline.Setting, ConsoleLogFormat.Key,
            $"{ReverseProxy.Section}:{ReverseProxy.ForwardLimit}", $"{ReverseProxy.Section}:{ReverseProxy.KnownProxies}",
            $"{ReverseProxy.Section}:{ReverseProxy.KnownNetworks}", Urls, AspNetCoreUrls, OtelServiceName, OtelExporterEndpoint,
        ];

        // The budgets are bound from their section onto the options classes, so their properties are the keys.
        var budgets = typeof(HubBudgetOptions).GetProperties().Concat(typeof(TeamByteBudgetOptions).GetProperties())
            .Where(property => property.CanWrite)
            .Select(property => $"{TeamByteBudgetOptions.Section}:{property.Name}");
        return [.. own, .. budgets, .. HostKeys];
    }
}
