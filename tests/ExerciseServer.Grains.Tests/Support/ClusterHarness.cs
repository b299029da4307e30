using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ExerciseServer.Grains.Tests.Support;

/// <summary>An in-process cluster of n silos on one SQLite file, with a fake clock for every grain timer.</summary>
public sealed class ClusterHarness : IAsyncDisposable
{
    private ClusterHarness(InProcessTestCluster cluster, string databasePath, FakeTimeProvider time)
    {
        Cluster = cluster;
        DatabasePath = databasePath;
        Time = time;
    }

    public InProcessTestCluster Cluster { get; }
    public string DatabasePath { get; }
    public FakeTimeProvider Time { get; }
    public IClusterClient Client => Cluster.Client;

    /// <param name="teamBytesPerMinute">The per-team byte budget; the default is large enough never to matter.</param>
    /// <param name="configure">Anything else a silo needs, registered last (so it can replace a service).</param>
    public static async Task<ClusterHarness> StartAsync(short silos, string? databasePath = null, FakeTimeProvider? time = null, int teamBytesPerMinute = 100_000_000, Action<ISiloBuilder>? configure = null)
    {
        databasePath ??= Path.Combine(Directory.CreateTempSubdirectory("grains-").FullName, "test.db");
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var clock = time;
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteExerciseStorage(databasePath);
            silo.AddExerciseGrains();
            silo.Services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, clock);
            silo.Services.Configure<TeamByteBudgetOptions>(options => options.TeamBytesPerMinute = teamBytesPerMinute);
            configure?.Invoke(silo);
        });
        builder.ConfigureClient(client => client.Services.AddExerciseSerialization());
        var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        return new ClusterHarness(cluster, databasePath, time);
    }

    public async Task<IExerciseGrain> CreateAsync(string id, string scenarioFile = "quickstart.yaml")
    {
        var path = RepositoryPaths.Scenario(scenarioFile);
        var grain = Client.GetGrain<IExerciseGrain>(id);
        var created = await grain.Create(new CreateExerciseRequest("Test", Path.GetFileNameWithoutExtension(path), scenarioFile, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)));
        Assert.True(created.Created, created.Problem);
        return grain;
    }

    /// <summary>Moves the fake clock in one-second steps, letting the grain timers run after each.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        for (var passed = TimeSpan.Zero; passed < by; passed += TimeSpan.FromSeconds(1))
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static ExerciseCommand Control(ExerciseCommand command) => command;

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}
