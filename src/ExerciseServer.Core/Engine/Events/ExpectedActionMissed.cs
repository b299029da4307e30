namespace ExerciseServer.Core.Engine.Events;

/// <summary>An expected action's deadline passed without its evidence; contingency injects follow.</summary>
public sealed record ExpectedActionMissed(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string ActionId, string Team)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
