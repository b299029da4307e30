using ExerciseServer.Core.Engine;

namespace ExerciseServer.Core.Review;

public sealed record SnapshotSector(string Id, string Name, double Inoperability, double Perturbation, SectorCondition State);
