using ExerciseServer.Core.Engine;

namespace ExerciseServer.Core.Review;

public sealed record SnapshotAction(string Id, string Team, ActionStatus Status, TimeSpan? Deadline, TimeSpan? JudgedAt);
