using ExerciseServer.Core.Engine;

namespace ExerciseServer.Grains.Contracts;

public sealed record SectorView(string Id, string Name, double Inoperability, double Perturbation, SectorCondition State, string? Language = null);
