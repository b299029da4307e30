namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control reset the exercise to ready, before it is played again from the start.</summary>
public sealed record ExerciseReset(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
