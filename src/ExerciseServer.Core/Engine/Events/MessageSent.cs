namespace ExerciseServer.Core.Engine.Events;

/// <summary>A message between teams, or between a team and control; only sender, recipient, control and observers see it.</summary>
public sealed record MessageSent(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string From, string To, string Text)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
