namespace ExerciseServer.Core.Engine.Events;

/// <summary>A time-limited perturbation on a sector ran out.</summary>
public sealed record PerturbationExpired(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string Sector, double Delta)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
