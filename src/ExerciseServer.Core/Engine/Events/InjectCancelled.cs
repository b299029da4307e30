namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control cancelled an inject: never released, and what waits on it never fires.</summary>
public sealed record InjectCancelled(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
