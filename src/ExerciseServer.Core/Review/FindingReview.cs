namespace ExerciseServer.Core.Review;

/// <summary>A strength or an area for improvement as last written.</summary>
public sealed record FindingReview(string Id, string Kind, string? ObjectiveId, string Text, string By, TimeSpan GameTime, DateTimeOffset WallTime);
