namespace ExerciseServer.Core.Engine.Events;

/// <summary>A finding or improvement-plan item was taken back.</summary>
public sealed record ReviewItemWithdrawn(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string By, string ItemId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
