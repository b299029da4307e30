namespace ExerciseServer.Core.Engine.Events;

/// <summary>
/// A joint decision's rule was met, or could no longer be, or its time ran out: <see cref="OptionId"/> applies, once,
/// with its effects, resource changes (for each of its teams) and follow-ups; <see cref="How"/> says why.
/// </summary>
public sealed record JointDecisionResolved(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string DecisionId, string OptionId, JointResolution How)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
