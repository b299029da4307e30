namespace ExerciseServer.Core.Scenarios.Graphs;

public enum FlowEdgeKind
{
    At,
    After,
    When,
    FollowUp,
    Contingency,
    OnDemand,
}
