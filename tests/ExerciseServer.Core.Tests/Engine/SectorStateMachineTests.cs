using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Tests.Engine;

public sealed class SectorStateMachineTests
{
    private static readonly SectorThresholds Thresholds = new(0.05, 0.25, 0.6);

    [Theory]
    [InlineData(new[] { 0.1, 0.3, 0.7, 0.3, 0.1, 0.01 }, new[] { "Degraded", "Disrupted", "Failed", "Disrupted", "Recovering", "Normal" })]
    [InlineData(new[] { 0.3, 0.1, 0.3, 0.2, 0.04 }, new[] { "Disrupted", "Recovering", "Disrupted", "Recovering", "Normal" })]
    [InlineData(new[] { 0.1, 0.04, 0.1 }, new[] { "Degraded", "Normal", "Degraded" })]
    [InlineData(new[] { 0.25, 0.6, 0.05 }, new[] { "Disrupted", "Failed", "Recovering" })]
    public void Thresholds_move_the_state_and_recovering_follows_a_disruption(double[] levels, string[] expected)
    {
        var state = SectorCondition.Normal;
        var machine = SectorStateMachine.Create(() => state, s => state = s);
        var seen = new List<string>();

        foreach (var q in levels)
        {
            machine.Fire(SectorStateMachine.Observe(q, Thresholds));
            seen.Add(state.ToString());
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Each_machine_exports_mermaid_and_dot_for_authors()
    {
        Assert.Contains("Ready --> Running : Start", LifecycleMachine.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains("Held --> Due : TriggerFired", InjectMachine.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains("Disrupted --> Recovering : ObservedDegraded", SectorStateMachine.ToMermaid(), StringComparison.Ordinal);
        Assert.StartsWith("digraph", SectorStateMachine.ToDot().TrimStart(), StringComparison.Ordinal);
    }
}
