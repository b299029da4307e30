namespace ExerciseServer.Grains.Health;

/// <summary>Answers from whichever silo activates it: readiness means the cluster really serves grain calls.</summary>
[Alias("ExerciseServer.Grains.Health.ISiloProbeGrain")]
public interface ISiloProbeGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<SiloProbeReply> Ping();
}
