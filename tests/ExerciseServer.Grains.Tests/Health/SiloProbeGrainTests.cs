using ExerciseServer.Grains.Health;
using Orleans.TestingHost;

namespace ExerciseServer.Grains.Tests.Health;

/// <summary>The readiness probe answers from a live silo, in a one- and a three-silo cluster.</summary>
public sealed class SiloProbeGrainTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_probe_answers_with_the_address_of_a_silo_of_the_cluster(short silos)
    {
        var cluster = new InProcessTestClusterBuilder(silos).Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        try
        {
            var reply = await cluster.Client.GetGrain<ISiloProbeGrain>(0).Ping();

            var addresses = cluster.Silos.Select(s => s.SiloAddress.ToString()).ToList();
            Assert.Equal(silos, addresses.Count);
            Assert.Contains(reply.Silo, addresses);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
