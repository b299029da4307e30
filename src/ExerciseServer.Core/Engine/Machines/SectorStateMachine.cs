using ExerciseServer.Core.Scenarios.Model;
using Stateless;
using Stateless.Graph;

namespace ExerciseServer.Core.Engine.Machines;

/// <summary>A sector's state, moved by the level its inoperability is observed at after each simulation step.</summary>
public static class SectorStateMachine
{
    /// <summary>The machine as a table: how the engine and the state check and fire it.</summary>
    public static readonly MachineTransitions<SectorCondition, SectorTrigger> Transitions = new(Create);

    public static StateMachine<SectorCondition, SectorTrigger> Create(Func<SectorCondition> read, Action<SectorCondition> write)
    {
        var machine = new StateMachine<SectorCondition, SectorTrigger>(read, write);
        machine.Configure(SectorCondition.Normal)
            .Ignore(SectorTrigger.ObservedNormal)
            .Permit(SectorTrigger.ObservedDegraded, SectorCondition.Degraded)
            .Permit(SectorTrigger.ObservedDisrupted, SectorCondition.Disrupted)
            .Permit(SectorTrigger.ObservedFailed, SectorCondition.Failed);
        machine.Configure(SectorCondition.Degraded)
            .Permit(SectorTrigger.ObservedNormal, SectorCondition.Normal)
            .Ignore(SectorTrigger.ObservedDegraded)
            .Permit(SectorTrigger.ObservedDisrupted, SectorCondition.Disrupted)
            .Permit(SectorTrigger.ObservedFailed, SectorCondition.Failed);
        machine.Configure(SectorCondition.Disrupted)
            .Permit(SectorTrigger.ObservedNormal, SectorCondition.Normal)
            .Permit(SectorTrigger.ObservedDegraded, SectorCondition.Recovering)
            .Ignore(SectorTrigger.ObservedDisrupted)
            .Permit(SectorTrigger.ObservedFailed, SectorCondition.Failed);
        machine.Configure(SectorCondition.Failed)
            .Permit(SectorTrigger.ObservedNormal, SectorCondition.Normal)
            .Permit(SectorTrigger.ObservedDegraded, SectorCondition.Recovering)
            .Permit(SectorTrigger.ObservedDisrupted, SectorCondition.Disrupted)
            .Ignore(SectorTrigger.ObservedFailed);
        machine.Configure(SectorCondition.Recovering)
            .Permit(SectorTrigger.ObservedNormal, SectorCondition.Normal)
            .Ignore(SectorTrigger.ObservedDegraded)
            .Permit(SectorTrigger.ObservedDisrupted, SectorCondition.Disrupted)
            .Permit(SectorTrigger.ObservedFailed, SectorCondition.Failed);
        return machine;
    }

    /// <summary>The level an inoperability is at, by the sector's thresholds (each threshold inclusive).</summary>
    public static SectorTrigger Observe(double inoperability, SectorThresholds thresholds) =>
        inoperability >= thresholds.Failed ? SectorTrigger.ObservedFailed
        : inoperability >= thresholds.Disrupted ? SectorTrigger.ObservedDisrupted
        : inoperability >= thresholds.Degraded ? SectorTrigger.ObservedDegraded
        : SectorTrigger.ObservedNormal;

    /// <summary>The state a sector at rest at this level would be in: for the initial state.</summary>
    public static SectorCondition AtRest(SectorTrigger level) => level switch
    {
        SectorTrigger.ObservedFailed => SectorCondition.Failed,
        SectorTrigger.ObservedDisrupted => SectorCondition.Disrupted,
        SectorTrigger.ObservedDegraded => SectorCondition.Degraded,
        _ => SectorCondition.Normal,
    };

    public static string ToMermaid() => MermaidGraph.Format(Create(() => SectorCondition.Normal, _ => { }).GetInfo());

    public static string ToDot() => UmlDotGraph.Format(Create(() => SectorCondition.Normal, _ => { }).GetInfo());
}
