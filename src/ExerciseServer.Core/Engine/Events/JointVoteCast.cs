namespace ExerciseServer.Core.Engine.Events;

/// <summary>
/// A team voted in a joint decision: <see cref="OptionId"/>, or a refusal when it is null; <see cref="By"/> is who
/// in the team cast it. Seen by the decision's teams and observers. Changes nothing in the world: only
/// <see cref="JointDecisionResolved"/> does.
/// </summary>
public sealed record JointVoteCast(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string DecisionId, string Team, string? OptionId, string? By)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
