namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control jumped the clock forward; everything due on the way fired first, in order.</summary>
public sealed record ClockJumped(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, TimeSpan From, TimeSpan To)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
