namespace ExerciseServer.Core.Review;

public sealed record SnapshotSector(string Id, string Name, double Inoperability, double Perturbation, string State);
