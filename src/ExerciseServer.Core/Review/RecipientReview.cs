namespace ExerciseServer.Core.Review;

/// <summary>
/// What one team did with an inject: when it acknowledged and first answered, and how long after the release
/// (game time); every answer in order.
/// </summary>
public sealed record RecipientReview(
    string Team,
    TimeSpan? AcknowledgedAt,
    TimeSpan? AcknowledgeTime,
    TimeSpan? AnsweredAt,
    TimeSpan? ResponseTime,
    IReadOnlyList<string> Responses);
