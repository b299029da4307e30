namespace ExerciseServer.Core.Engine.Events;

/// <summary>An observation by control or an evaluator, stamped with game and wall time; seen by control and observers.</summary>
public sealed record ObservationRecorded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string By, string Text, string? InjectId, string? Team, string? ObjectiveId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
