namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team took a decision; the option's effects, resource changes and follow-ups apply.</summary>
public sealed record DecisionTaken(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string DecisionId, string OptionId, string Team, bool ByDefault)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
