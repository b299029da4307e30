namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control held an inject: it will not be released by its trigger.</summary>
public sealed record InjectHeld(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
