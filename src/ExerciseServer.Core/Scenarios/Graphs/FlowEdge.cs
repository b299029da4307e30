namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>One link in the inject flow: what releases <see cref="To"/>, with a label for authors.</summary>
public sealed record FlowEdge(string From, string To, string Label, FlowEdgeKind Kind);
