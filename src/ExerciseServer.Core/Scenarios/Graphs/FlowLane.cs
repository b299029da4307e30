using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>One phase's lane in the flow diagram: its number for the diagram's own ids, its label, its injects.</summary>
internal sealed record FlowLane(int Number, string Label, IReadOnlyList<Inject> Injects);
