namespace ExerciseServer.Core.Engine.Events;

/// <summary>An inject's trigger fired while control held it; it waits for control to release it.</summary>
public sealed record InjectDue(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
