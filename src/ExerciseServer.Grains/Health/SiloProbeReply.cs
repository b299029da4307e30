namespace ExerciseServer.Grains.Health;

[GenerateSerializer]
[Alias("ExerciseServer.Grains.Health.SiloProbeReply")]
public sealed record SiloProbeReply([property: Id(0)] string Silo);
