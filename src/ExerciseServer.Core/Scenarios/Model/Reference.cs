using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A reference by id to another item, located so an unresolved one is reported where it is written.</summary>
public readonly record struct Reference(string Id, SourceLocation Location)
{
    public override string ToString() => Id;
}
