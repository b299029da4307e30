namespace ExerciseServer.Core.Engine.Events;

/// <summary>The exercise ended: by control, at its planned duration, or because an end condition held.</summary>
public sealed record ExerciseEnded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string Reason)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
