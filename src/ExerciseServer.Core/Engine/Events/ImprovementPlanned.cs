namespace ExerciseServer.Core.Engine.Events;

/// <summary>An improvement-plan item, new or rewritten: action, owner, due date, and the finding it answers.</summary>
public sealed record ImprovementPlanned(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string By, string ItemId, string? FindingId, string Action, string Owner, DateOnly Due)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
