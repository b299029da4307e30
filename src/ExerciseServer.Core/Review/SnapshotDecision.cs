namespace ExerciseServer.Core.Review;

public sealed record SnapshotDecision(string Id, string Team, TimeSpan? PresentedAt, string? OptionId, TimeSpan? DecidedAt, bool ByDefault);
