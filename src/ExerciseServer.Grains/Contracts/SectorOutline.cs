namespace ExerciseServer.Grains.Contracts;

public sealed record SectorOutline(string Id, string Name, double Degraded, double Disrupted, double Failed, string? Language = null);
