namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control resumed the clock.</summary>
public sealed record ExerciseResumed(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
