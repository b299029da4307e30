namespace ExerciseServer.Core.Review;

public sealed record SnapshotInject(string Id, int Number, string Title, string Status, TimeSpan? ReleasedAt, IReadOnlyList<string> Recipients, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> RespondedBy);
