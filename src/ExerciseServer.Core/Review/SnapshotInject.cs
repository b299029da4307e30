using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Review;

public sealed record SnapshotInject(string Id, int Number, string Title, InjectStatus Status, TimeSpan? ReleasedAt, IReadOnlyList<string> Recipients, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> RespondedBy);
