namespace ExerciseServer.Core.Engine.Events;

/// <summary>Control skipped an inject: never released, but what waits on it carries on.</summary>
public sealed record InjectSkipped(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
