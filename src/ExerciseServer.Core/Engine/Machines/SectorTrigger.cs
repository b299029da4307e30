namespace ExerciseServer.Core.Engine.Machines;

/// <summary>The level a sector's inoperability is observed at, against its thresholds.</summary>
public enum SectorTrigger
{
    ObservedNormal,
    ObservedDegraded,
    ObservedDisrupted,
    ObservedFailed,
}
