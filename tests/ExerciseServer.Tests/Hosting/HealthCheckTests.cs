using System.Net;
using System.Text.Json;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Hosting.Health;
using ExerciseServer.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExerciseServer.Tests.Hosting;

/// <summary>The readiness checks one by one: an empty scenario library degrades without unreadying; an unreadable SQLite file is unhealthy.</summary>
public sealed class HealthCheckTests
{
    /// <summary>A server whose scenario folder is empty.</summary>
    public sealed class NoScenariosServerFactory : ServerFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string> { ["Scenarios:Path"] = Directory.CreateTempSubdirectory("no-scenarios-").FullName };
    }

    [Fact]
    public async Task With_no_playable_scenario_the_node_is_ready_and_says_the_library_is_degraded()
    {
        await using var server = new NoScenariosServerFactory();

        var response = await server.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("degraded", json.RootElement.GetProperty("checks").GetProperty("scenarios").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("scenarios").GetInt32());
    }

    [Fact]
    public async Task A_sqlite_file_that_is_not_a_database_is_unhealthy_with_the_reason()
    {
        var folder = Directory.CreateTempSubdirectory("store-check-").FullName;
        var file = Path.Combine(folder, "exerciseserver.db");
        var services = new ServiceCollection().AddSingleton(new SqliteDatabase(new SqliteStorageOptions { DatabasePath = file })).BuildServiceProvider();
        var check = new StoreHealthCheck(services);
        var healthy = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await File.WriteAllTextAsync(file, new string('x', 8192), TestContext.Current.CancellationToken);
        var damaged = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Unhealthy, damaged.Status);
        Assert.Contains("SQLite database cannot be read", damaged.Description, StringComparison.Ordinal);
    }
}
