namespace ExerciseServer.Core.Engine.Events;

/// <summary>A sector crossed a threshold into another state.</summary>
public sealed record SectorStateChanged(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string Sector, SectorCondition From, SectorCondition To, double Inoperability)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
