namespace ExerciseServer.Core.Engine.Events;

/// <summary>A sector's inoperability at a sampling point, for live curves.</summary>
public sealed record SectorSampled(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string Sector, double Inoperability, double Perturbation)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
