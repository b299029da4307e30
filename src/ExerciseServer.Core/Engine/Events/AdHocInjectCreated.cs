namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control wrote an inject during play; it is released at once.</summary>
public sealed record AdHocInjectCreated(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, IReadOnlyList<string> To, string Channel, string Title, string Body)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
