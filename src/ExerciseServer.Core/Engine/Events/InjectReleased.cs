namespace ExerciseServer.Core.Engine.Events;

/// <summary>An inject reached its recipients; its effects on the sectors apply now.</summary>
public sealed record InjectReleased(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, bool ByControl)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
