namespace ExerciseServer.Core.Review;

public sealed record SnapshotAction(string Id, string Team, string Status, TimeSpan? Deadline, TimeSpan? JudgedAt);
