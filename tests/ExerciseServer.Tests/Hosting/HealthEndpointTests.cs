using System.Net;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Hosting;

public sealed class HealthEndpointTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client;

    public HealthEndpointTests(ServerFactory factory) => _client = factory.CreateControlClient();

    [Fact]
    public async Task Healthz_answers_while_the_process_lives()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_answers_through_a_grain_on_the_silo()
    {
        var body = await _client.GetStringAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(body);
        Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("S127.0.0.1", json.RootElement.GetProperty("silo").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_names_each_check_it_ran()
    {
        var body = await _client.GetStringAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(["scenarios", "silo", "store"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("healthy", c.Value.GetString()));
        Assert.True(json.RootElement.GetProperty("scenarios").GetInt32() >= 3);
    }

    [Fact]
    public async Task The_scenario_library_lists_the_shipped_scenarios_as_playable()
    {
        var body = await _client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(body);
        var quickstart = json.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "quickstart");
        Assert.True(quickstart.GetProperty("playable").GetBoolean());
        Assert.Equal(6, quickstart.GetProperty("injects").GetInt32());
        Assert.Equal("15m", quickstart.GetProperty("duration").GetString());
    }

    [Fact]
    public async Task An_unknown_path_gets_a_problem_details_body()
    {
        var response = await _client.GetAsync(new Uri("/no-such-thing", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
