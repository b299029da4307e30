using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Review;

public sealed record SnapshotSector(string Id, string Name, double Inoperability, double Perturbation, [property: WordsOf(typeof(SectorCondition))] string State);
