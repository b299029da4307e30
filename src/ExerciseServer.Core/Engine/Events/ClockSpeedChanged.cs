namespace ExerciseServer.Core.Engine.Events;

/// <summary>The clock now runs at this many game minutes per real minute.</summary>
public sealed record ClockSpeedChanged(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, double GameMinutesPerMinute)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
