namespace ExerciseServer.Core.Engine.Events;

/// <summary>A rating of an objective, critical task or expected action; the latest one per target counts.</summary>
public sealed record RatingRecorded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string By, string TargetKind, string TargetId, string Rating, string? Note)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
