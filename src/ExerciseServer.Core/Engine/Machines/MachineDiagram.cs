using System.Text;
using ExerciseServer.Core.Scenarios.Graphs;
using Stateless.Reflection;

namespace ExerciseServer.Core.Engine.Machines;

/// <summary>
/// The engine's state machines (exercise lifecycle, inject lifecycle, sector state) in one document, each as its
/// own box: a composite state in Mermaid, a cluster in DOT. State ids carry the machine's prefix because the
/// machines share no states but one document shares one namespace.
/// </summary>
public static class MachineDiagram
{
    private static IReadOnlyList<(string Prefix, string Title, StateMachineInfo Info)> Machines() =>
    [
        ("lifecycle", "Exercise lifecycle", LifecycleMachine.Create(() => ExerciseLifecycle.Ready, _ => { }).GetInfo()),
        ("inject", "Inject lifecycle", InjectMachine.Create(() => InjectStatus.Pending, _ => { }).GetInfo()),
        ("sector", "Sector state", SectorStateMachine.Create(() => SectorCondition.Normal, _ => { }).GetInfo()),
    ];

    public static string ToMermaid()
    {
        var text = new StringBuilder();
        text.AppendLine("stateDiagram-v2");
        foreach (var (prefix, title, info) in Machines())
        {
            text.AppendLine($"  state \"{GraphText.Mermaid(title)}\" as {prefix} {{");
            foreach (var state in info.States)
            {
                text.AppendLine($"    state \"{GraphText.Mermaid(Name(state))}\" as {Id(prefix, state)}");
            }

            text.AppendLine($"    [*] --> {Id(prefix, info.InitialState)}");
            foreach (var (from, to, trigger) in Transitions(info))
            {
                text.AppendLine($"    {Id(prefix, from)} --> {Id(prefix, to)} : {GraphText.Mermaid(trigger)}");
            }

            text.AppendLine("  }");
        }

        return text.ToString();
    }

    public static string ToDot()
    {
        var text = new StringBuilder();
        text.AppendLine("digraph \"state machines\" {");
        text.AppendLine("  compound=true;");
        text.AppendLine("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        foreach (var (prefix, title, info) in Machines())
        {
            text.AppendLine($"  subgraph \"cluster_{prefix}\" {{");
            text.AppendLine($"    label=\"{GraphText.Dot(title)}\";");
            text.AppendLine($"    \"{prefix}_init\" [shape=point, label=\"\"];");
            foreach (var state in info.States)
            {
                text.AppendLine($"    \"{Id(prefix, state)}\" [label=\"{GraphText.Dot(Name(state))}\"];");
            }

            text.AppendLine($"    \"{prefix}_init\" -> \"{Id(prefix, info.InitialState)}\";");
            foreach (var (from, to, trigger) in Transitions(info))
            {
                text.AppendLine($"    \"{Id(prefix, from)}\" -> \"{Id(prefix, to)}\" [label=\"{GraphText.Dot(trigger)}\"];");
            }

            text.AppendLine("  }");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static IEnumerable<(StateInfo From, StateInfo To, string Trigger)> Transitions(StateMachineInfo info) =>
        info.States.SelectMany(state => state.FixedTransitions.Select(t => (state, t.DestinationState, t.Trigger.UnderlyingTrigger.ToString() ?? "")));

    private static string Name(StateInfo state) => state.UnderlyingState.ToString() ?? "";

    private static string Id(string prefix, StateInfo state) => $"{prefix}_{Name(state)}";
}
