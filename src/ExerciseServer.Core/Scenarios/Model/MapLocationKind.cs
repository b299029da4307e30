namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>The geometry of a location: one position, a path through positions, or a ring enclosing a region.</summary>
public enum MapLocationKind
{
    Point,
    Line,
    Area,
}
