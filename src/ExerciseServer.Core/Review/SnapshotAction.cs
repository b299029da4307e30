using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Review;

public sealed record SnapshotAction(string Id, string Team, [property: WordsOf(typeof(ActionStatus))] string Status, TimeSpan? Deadline, TimeSpan? JudgedAt);
