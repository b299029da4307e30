namespace ExerciseServer.Core.Review;

/// <summary>
/// One thing on a team's lane. <see cref="Kind"/>: received, acknowledged, answered, decided, message-sent,
/// message-received, action-met or action-missed. <see cref="By"/> is who in the team did it ("name (role)"), when known.
/// </summary>
public sealed record TimelineEntry(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, string Kind, string? InjectId, string Label, string? Detail, string? By = null);
