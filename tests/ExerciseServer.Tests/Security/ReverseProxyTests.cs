using System.Net;
using System.Net.Http.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy: the sign-in limit must count each client by the
/// address the proxy forwards, and believe that header only from a configured proxy (issue 10, failure 12).
/// </summary>
public sealed class ReverseProxyTests
{
    private const int SignInsPerMinute = 2;
    private static readonly IPAddress Proxy = IPAddress.Parse("10.1.2.3");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Through_a_known_proxy_each_forwarded_client_has_its_own_sign_in_bucket()
    {
        await using var server = Server(from: Proxy, ("ReverseProxy:KnownProxies:0", "10.1.2.3"));

        var first = await SignInsAsync(server, forwardedFor: "203.0.113.7", SignInsPerMinute + 1);
        var second = await SignInsAsync(server, forwardedFor: "203.0.113.8", SignInsPerMinute);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInsPerMinute), HttpStatusCode.TooManyRequests], first);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInsPerMinute), second);
    }

    [Fact]
    public async Task A_known_network_in_cidr_notation_is_trusted_too()
    {
        await using var server = Server(from: Proxy, ("ReverseProxy:KnownNetworks", "10.1.0.0/16"));

        var first = await SignInsAsync(server, forwardedFor: "203.0.113.7", SignInsPerMinute + 1);
        var second = await SignInsAsync(server, forwardedFor: "203.0.113.8", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.Equal([HttpStatusCode.Unauthorized], second);
    }

    [Fact]
    public async Task Without_a_configured_proxy_the_forwarded_address_is_ignored()
    {
        await using var server = Server(from: Proxy);

        var first = await SignInsAsync(server, forwardedFor: "203.0.113.7", SignInsPerMinute);
        var second = await SignInsAsync(server, forwardedFor: "203.0.113.8", 1);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInsPerMinute), first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    [Fact]
    public async Task A_request_from_an_address_that_is_not_the_configured_proxy_cannot_choose_its_bucket()
    {
        await using var server = Server(from: IPAddress.Parse("192.0.2.50"), ("ReverseProxy:KnownProxies:0", "10.1.2.3"));

        var first = await SignInsAsync(server, forwardedFor: "203.0.113.7", SignInsPerMinute);
        var second = await SignInsAsync(server, forwardedFor: "203.0.113.8", 1);

        Assert.Equal([HttpStatusCode.TooManyRequests], second);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInsPerMinute), first);
    }

    private static WebApplicationFactory<Program> Server(IPAddress from, params (string Key, string Value)[] settings) =>
        new ServerFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Security:SignInsPerMinute", SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(from)));
        });

    /// <summary>Wrong-password sign-ins from one forwarded client; each answers 401 until its bucket is empty.</summary>
    private static async Task<List<HttpStatusCode>> SignInsAsync(WebApplicationFactory<Program> server, string forwardedFor, int count)
    {
        var client = server.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/facilitator")
            {
                Content = JsonContent.Create(new { password = "wrong" }),
                Headers = { { "X-Forwarded-For", forwardedFor } },
            };
            using var response = await client.SendAsync(request, Cancel);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
