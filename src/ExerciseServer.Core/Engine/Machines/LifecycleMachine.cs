using Stateless;
using Stateless.Graph;

namespace ExerciseServer.Core.Engine.Machines;

/// <summary>The exercise lifecycle as a Stateless machine over state the aggregate owns.</summary>
public static class LifecycleMachine
{
    /// <summary>The machine as a table: how the engine and the state check and fire it.</summary>
    public static readonly MachineTransitions<ExerciseLifecycle, LifecycleTrigger> Transitions = new(Create);

    public static StateMachine<ExerciseLifecycle, LifecycleTrigger> Create(Func<ExerciseLifecycle> read, Action<ExerciseLifecycle> write)
    {
        var machine = new StateMachine<ExerciseLifecycle, LifecycleTrigger>(read, write);
        machine.Configure(ExerciseLifecycle.Ready)
            .Permit(LifecycleTrigger.Start, ExerciseLifecycle.Running);
        machine.Configure(ExerciseLifecycle.Running)
            .Permit(LifecycleTrigger.Pause, ExerciseLifecycle.Paused)
            .Permit(LifecycleTrigger.End, ExerciseLifecycle.Ended)
            .Permit(LifecycleTrigger.Reset, ExerciseLifecycle.Ready);
        machine.Configure(ExerciseLifecycle.Paused)
            .Permit(LifecycleTrigger.Resume, ExerciseLifecycle.Running)
            .Permit(LifecycleTrigger.End, ExerciseLifecycle.Ended)
            .Permit(LifecycleTrigger.Reset, ExerciseLifecycle.Ready);
        machine.Configure(ExerciseLifecycle.Ended)
            .Permit(LifecycleTrigger.Reset, ExerciseLifecycle.Ready);
        return machine;
    }

    public static string ToMermaid() => MermaidGraph.Format(Create(() => ExerciseLifecycle.Ready, _ => { }).GetInfo());

    public static string ToDot() => UmlDotGraph.Format(Create(() => ExerciseLifecycle.Ready, _ => { }).GetInfo());
}
