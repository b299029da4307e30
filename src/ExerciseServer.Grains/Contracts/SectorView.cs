using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Grains.Contracts;

public sealed record SectorView(string Id, string Name, double Inoperability, double Perturbation, [property: WordsOf(typeof(SectorCondition))] string State, string? Language = null);
