namespace ExerciseServer.Core.Review;

/// <summary>
/// One thing on a team's lane. <see cref="Kind"/>: received, acknowledged, answered, decided, message-sent,
/// message-received, action-met or action-missed.
/// </summary>
public sealed record TimelineEntry(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, string Kind, string? InjectId, string Label, string? Detail);
