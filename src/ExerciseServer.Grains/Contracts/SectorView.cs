namespace ExerciseServer.Grains.Contracts;

public sealed record SectorView(string Id, string Name, double Inoperability, double Perturbation, string State, string? Language = null);
