using System.Text.Json;
using ExerciseServer.Hosting;
using ExerciseServer.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ExerciseServer.Tests.Hosting;

/// <summary>Browsers connect to the hub without negotiation; falling back to it is allowed for one node, not for a cluster unless configured.</summary>
public sealed class ClientSettingsTests : IClassFixture<ServerFactory>
{
    private readonly ServerFactory _factory;

    public ClientSettingsTests(ServerFactory factory) => _factory = factory;

    [Fact]
    public async Task Anyone_may_read_them_before_signing_in_and_one_node_allows_the_negotiation_fallback()
    {
        using var anonymous = _factory.CreateClient();

        var body = await anonymous.GetStringAsync(new Uri(ClientSettings.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("hubNegotiationFallback").GetBoolean());
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("localhost:6379", null, false)]
    [InlineData("localhost:6379", "true", true)]
    [InlineData(null, "false", false)]
    public void A_cluster_negotiates_only_when_configured_for_sticky_sessions(string? redis, string? fallback, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cluster:Redis"] = redis,
            ["Hub:NegotiationFallback"] = fallback,
        }).Build();

        Assert.Equal(expected, ClientSettings.From(configuration).HubNegotiationFallback);
    }
}
