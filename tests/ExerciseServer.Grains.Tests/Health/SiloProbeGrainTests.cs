using ExerciseServer.Grains.Health;
using ExerciseServer.Grains.Tests.Support;

namespace ExerciseServer.Grains.Tests.Health;

/// <summary>The readiness probe answers from a live silo, in a one- and a three-silo cluster.</summary>
public sealed class SiloProbeGrainTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_probe_answers_with_the_address_of_a_silo_of_the_cluster(short silos)
    {
        await using var harness = await ClusterHarness.StartAsync(silos);

        var reply = await harness.Client.GetGrain<ISiloProbeGrain>(0).Ping();

        var addresses = harness.Cluster.Silos.Select(s => s.SiloAddress.ToString()).ToList();
        Assert.Equal(silos, addresses.Count);
        Assert.Contains(reply.Silo, addresses);
    }
}
