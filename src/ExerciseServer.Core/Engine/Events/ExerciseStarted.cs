namespace ExerciseServer.Core.Engine.Events;

/// <summary>The exercise clock started at game time zero.</summary>
public sealed record ExerciseStarted(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string ScenarioId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
