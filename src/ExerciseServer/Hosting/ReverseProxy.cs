using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ExerciseServer.Hosting;

/// <summary>
/// Which reverse proxies may say who the client is. Behind a proxy every request comes from the proxy's
/// address, so the per-address sign-in limit would put every user in one bucket; X-Forwarded-For and
/// X-Forwarded-Proto are believed only from the addresses listed here, and from nowhere when none is.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";
    public const string KnownProxies = "KnownProxies";
    public const string KnownNetworks = "KnownNetworks";
    public const string ForwardLimit = "ForwardLimit";

    /// <summary>The forwarded-headers options from configuration, or null when no proxy is configured.</summary>
    public static ForwardedHeadersOptions? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section.GetSection(KnownProxies));
        var networks = Values(section.GetSection(KnownNetworks));
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = section.GetValue(ForwardLimit, 1),
        };

        // The defaults trust loopback; here only what the operator listed is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8)."));
        }

        return options;
    }

    // A list in configuration is either indexed children (appsettings.json, KnownProxies:0=…) or one comma-separated value.
    private static List<string> Values(IConfigurationSection section) =>
        [.. (section.GetChildren().Select(c => c.Value).Append(section.Value))
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
