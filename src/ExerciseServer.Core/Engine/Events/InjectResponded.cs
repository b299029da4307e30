namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team answered an inject.</summary>
public sealed record InjectResponded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, string Team, string Text)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
