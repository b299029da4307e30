namespace ExerciseServer.Core.Review;

public sealed record SnapshotResource(string Team, string Name, double Value);
