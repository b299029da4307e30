namespace ExerciseServer.Core.Engine.Events;

/// <summary>A strength or an area for improvement, new or rewritten; seen by control and observers.</summary>
public sealed record FindingRecorded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string By, string FindingId, string Kind, string? ObjectiveId, string Text)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
