namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team's answer to a hot-wash question; the latest answer per team and question counts.</summary>
public sealed record HotWashAnswered(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string QuestionId, string Team, string Text)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
