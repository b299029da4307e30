using Orleans.Concurrency;
using Orleans.Runtime;

namespace ExerciseServer.Grains.Health;

[StatelessWorker]
[GrainType("silo-probe")]
public sealed class SiloProbeGrain(ILocalSiloDetails silo) : Grain, ISiloProbeGrain
{
    public Task<SiloProbeReply> Ping() => Task.FromResult(new SiloProbeReply(silo.SiloAddress.ToString()));
}
