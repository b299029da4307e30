namespace ExerciseServer.Core.Engine.Events;

/// <summary>The evidence for an expected action was seen before its deadline.</summary>
public sealed record ExpectedActionMet(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string ActionId, string Team, TimeSpan After)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
