namespace ExerciseServer.Core.Review;

/// <summary>A rating as recorded, with its level's label on the target's scale.</summary>
public sealed record RatingReview(string TargetKind, string TargetId, string Rating, string Label, string? Note, string By, TimeSpan GameTime, DateTimeOffset WallTime);
