namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team acknowledged an inject.</summary>
public sealed record InjectAcknowledged(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, string Team)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
