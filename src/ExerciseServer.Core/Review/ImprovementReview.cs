namespace ExerciseServer.Core.Review;

/// <summary>An improvement-plan item as last written.</summary>
public sealed record ImprovementReview(string Id, string? FindingId, string Action, string Owner, DateOnly Due, string By, DateTimeOffset WallTime);
