namespace ExerciseServer.Core.Engine.Events;

/// <summary>An inject's deadline passed before every recipient answered.</summary>
public sealed record InjectExpired(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
