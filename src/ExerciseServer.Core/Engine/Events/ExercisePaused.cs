namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control paused the clock: nothing is released and no deadline runs until it resumes.</summary>
public sealed record ExercisePaused(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
