namespace ExerciseServer.Core.Review;

public sealed record ObservationReview(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, string By, string Text, string? InjectId, string? Team, string? ObjectiveId);
