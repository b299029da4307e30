using ExerciseServer.Core.Engine;

namespace ExerciseServer.Grains.Contracts;

/// <summary>One point of a sector's curve: game time, inoperability, perturbation and state.</summary>
public sealed record SectorPoint(long Seq, TimeSpan GameTime, double Inoperability, double? Perturbation, SectorCondition State);
