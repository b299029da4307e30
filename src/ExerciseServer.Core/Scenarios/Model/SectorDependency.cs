using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// a*_ij: the share of sector j's inoperability that passes to the dependent sector i, with the kind of link
/// (Rinaldi, Peerenboom and Kelly 2001) for the trainer's explanation.
/// </summary>
public sealed record SectorDependency(Reference Sector, double Weight, DependencyType Type, string? Note, SourceLocation Location);
