using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Presence;
using ExerciseServer.Grains.Tests.Support;
using Orleans.Configuration;

namespace ExerciseServer.Grains.Tests.Presence;

/// <summary>
/// Two silos: connections held by the one that is killed disappear from presence once membership declares it dead,
/// are listed as dropped, and are present again when their people reconnect through the other silo.
/// </summary>
public sealed class PresenceAcrossSilosTests
{
    [Fact]
    public async Task A_killed_silos_connections_drop_within_the_membership_timeout_and_return_on_reconnect()
    {
        await using var harness = await ClusterHarness.StartAsync(2, configure: silo => silo.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        }));
        var primary = harness.Cluster.Silos[0];
        var doomed = harness.Cluster.Silos[1];

        // The roster on the surviving silo (the primary, which also keeps the test cluster's membership).
        var presence = await OnSiloAsync(harness, primary.SiloAddress);
        var survivor = primary.SiloAddress.ToParsableString();
        var dying = doomed.SiloAddress.ToParsableString();
        await presence.Connected(new PresenceEntry("c1", "Control", "control", null, DateTimeOffset.UtcNow, null, survivor));
        await presence.Connected(new PresenceEntry("p1", "Aino", "player", "fi-ncsc", DateTimeOffset.UtcNow, "s-aino", dying));
        await presence.Connected(new PresenceEntry("p2", "Bea", "player", "ee-ria", DateTimeOffset.UtcNow, "s-bea", dying));
        Assert.All(await presence.List(), e => Assert.Null(e.Dropped));

        await harness.Cluster.KillSiloAsync(doomed);
        var dropped = await Until(presence, list => list.Count(e => e.Dropped is not null) == 2, TimeSpan.FromSeconds(30));

        // Connected first, then the dropped, each by team and name; the dropped keep who they were.
        Assert.Equal([("Control", false), ("Bea", true), ("Aino", true)], dropped.Select(e => (e.Name, e.Dropped is not null)));
        Assert.Equal(["ee-ria", "fi-ncsc"], dropped.Where(e => e.Dropped is not null).Select(e => e.Team));

        await presence.Connected(new PresenceEntry("p3", "Aino", "player", "fi-ncsc", DateTimeOffset.UtcNow, "s-aino", survivor));
        Assert.Equal([("Aino", false), ("Control", false), ("Bea", true)], (await presence.List()).Select(e => (e.Name, e.Dropped is not null)));
    }

    /// <summary>A presence grain activated on the given silo (placement is random, so keys are tried until one lands there).</summary>
    private static async Task<IExercisePresenceGrain> OnSiloAsync(ClusterHarness harness, SiloAddress silo)
    {
        var management = harness.Client.GetGrain<IManagementGrain>(0);
        for (var i = 0; i < 200; i++)
        {
            var grain = harness.Client.GetGrain<IExercisePresenceGrain>($"presence-{Guid.NewGuid():N}");
            await grain.List();
            if (silo.Equals(await management.GetActivationAddress(grain)))
            {
                return grain;
            }
        }

        throw new InvalidOperationException($"no presence grain was placed on {silo}");
    }

    private static async Task<IReadOnlyList<PresenceEntry>> Until(IExercisePresenceGrain presence, Func<IReadOnlyList<PresenceEntry>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var list = await presence.List();
        while (!done(list) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            list = await presence.List();
        }

        return done(list) ? list : throw new TimeoutException($"presence after {timeout}: {string.Join(", ", list)}");
    }
}
