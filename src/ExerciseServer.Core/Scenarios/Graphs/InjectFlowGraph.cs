using System.Text;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>
/// The inject flow of a scenario as a graph: which inject releases which, by time, delay, condition, decision
/// option or missed expected action. Printed as one Mermaid (for Markdown viewers) or DOT (for Graphviz) document,
/// with the phases as lanes and the story time of each scheduled inject.
/// </summary>
public static class InjectFlowGraph
{
    public const string StartNode = "start";
    public const string DeckNode = "deck";

    public static IReadOnlyList<FlowEdge> Edges(Scenario scenario)
    {
        var edges = new List<FlowEdge>();
        var actionOwner = scenario.Injects.SelectMany(i => i.ExpectedActions.Select(a => (a.Id, i.Id))).GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
        var presenters = scenario.Injects.Where(i => i.Decision is not null).GroupBy(i => i.Decision!.Value.Id).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToList(), StringComparer.Ordinal);
        foreach (var inject in scenario.Injects)
        {
            if (inject.At is { } at)
            {
                edges.Add(new(StartNode, inject.Id, $"+{DurationFormat.Format(at.Value)}", FlowEdgeKind.At));
            }

            if (inject.After is { } after)
            {
                edges.Add(new(after.Inject.Id, inject.Id, $"+{DurationFormat.Format(after.Delay.Value)}", FlowEdgeKind.After));
            }

            if (inject.When is { } when)
            {
                var sources = InjectsNamed(when.Expression, actionOwner, presenters).Distinct(StringComparer.Ordinal).ToList();
                foreach (var source in sources.Count > 0 ? sources : [StartNode])
                {
                    edges.Add(new(source, inject.Id, $"when {when.Text}", FlowEdgeKind.When));
                }
            }

            if (inject.OnDemand)
            {
                edges.Add(new(DeckNode, inject.Id, "on demand", FlowEdgeKind.OnDemand));
            }

            if (inject.ContingencyFor is { } contingency && actionOwner.TryGetValue(contingency.Id, out var owner))
            {
                edges.Add(new(owner, inject.Id, $"missed {contingency.Id}", FlowEdgeKind.Contingency));
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            foreach (var option in decision.Options)
            {
                foreach (var followUp in option.FollowUps)
                {
                    foreach (var presenter in presenters.GetValueOrDefault(decision.Id) ?? [])
                    {
                        var delay = followUp.Delay.Value > TimeSpan.Zero ? $" +{DurationFormat.Format(followUp.Delay.Value)}" : "";
                        edges.Add(new(presenter, followUp.Inject.Id, $"{decision.Id}: {option.Id}{delay}", FlowEdgeKind.FollowUp));
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>One Mermaid flowchart: a lane (subgraph) per phase, each inject with its story time, full labels.</summary>
    public static string ToMermaid(Scenario scenario)
    {
        var layout = FlowLayout.Of(scenario);
        var numbers = scenario.Injects.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Number, StringComparer.Ordinal);
        string Node(string id) => id is StartNode or DeckNode ? id : numbers.TryGetValue(id, out var n) ? $"i{n}" : "unknown";
        string Box(Inject inject) => $"i{inject.Number}[\"{string.Join("<br/>", layout.Lines(inject).Select(GraphText.Mermaid))}\"]";

        var text = new StringBuilder();
        text.AppendLine("flowchart TD");
        text.AppendLine($"  {StartNode}((\"{GraphText.Mermaid(layout.StartLabel)}\"))");
        if (scenario.Injects.Any(i => i.OnDemand))
        {
            text.AppendLine($"  {DeckNode}[/\"on-demand deck\"/]");
        }

        foreach (var lane in layout.Lanes)
        {
            text.AppendLine($"  subgraph phase{lane.Number}[\"{GraphText.Mermaid(lane.Label)}\"]");
            text.AppendLine("    direction TB");
            foreach (var inject in lane.Injects)
            {
                text.AppendLine($"    {Box(inject)}");
            }

            text.AppendLine("  end");
        }

        foreach (var inject in layout.Unlaned)
        {
            text.AppendLine($"  {Box(inject)}");
        }

        foreach (var edge in Edges(scenario))
        {
            var arrow = edge.Kind is FlowEdgeKind.When or FlowEdgeKind.Contingency ? "-.->" : edge.Kind == FlowEdgeKind.FollowUp ? "==>" : "-->";
            text.AppendLine($"  {Node(edge.From)} {arrow}|\"{GraphText.Mermaid(edge.Label)}\"| {Node(edge.To)}");
        }

        return text.ToString();
    }

    /// <summary>One Graphviz digraph: a cluster per phase, each inject with its story time, full labels.</summary>
    public static string ToDot(Scenario scenario)
    {
        var layout = FlowLayout.Of(scenario);
        string Box(Inject inject) => $"\"{GraphText.Dot(inject.Id)}\" [label=\"{string.Join("\\n", layout.Lines(inject).Select(GraphText.Dot))}\"];";

        var text = new StringBuilder();
        text.AppendLine($"digraph \"{GraphText.Dot(scenario.Id)}\" {{");
        text.AppendLine("  rankdir=TB;");
        text.AppendLine("  node [shape=box, fontname=\"Helvetica\"];");
        text.AppendLine($"  \"{StartNode}\" [shape=circle, label=\"{GraphText.Dot(layout.StartLabel)}\"];");
        if (scenario.Injects.Any(i => i.OnDemand))
        {
            text.AppendLine($"  \"{DeckNode}\" [shape=folder, label=\"on-demand deck\"];");
        }

        foreach (var lane in layout.Lanes)
        {
            text.AppendLine($"  subgraph \"cluster_phase{lane.Number}\" {{");
            text.AppendLine($"    label=\"{GraphText.Dot(lane.Label)}\";");
            foreach (var inject in lane.Injects)
            {
                text.AppendLine($"    {Box(inject)}");
            }

            text.AppendLine("  }");
        }

        foreach (var inject in layout.Unlaned)
        {
            text.AppendLine($"  {Box(inject)}");
        }

        foreach (var edge in Edges(scenario))
        {
            var style = edge.Kind switch
            {
                FlowEdgeKind.When or FlowEdgeKind.Contingency => ", style=dashed",
                FlowEdgeKind.FollowUp => ", style=bold",
                _ => "",
            };
            text.AppendLine($"  \"{GraphText.Dot(edge.From)}\" -> \"{GraphText.Dot(edge.To)}\" [label=\"{GraphText.Dot(edge.Label)}\"{style}];");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static IEnumerable<string> InjectsNamed(ConditionExpression expression, IReadOnlyDictionary<string, string> actionOwner, IReadOnlyDictionary<string, List<string>> presenters)
    {
        switch (expression)
        {
            case LogicalExpression logical:
                return InjectsNamed(logical.Left, actionOwner, presenters).Concat(InjectsNamed(logical.Right, actionOwner, presenters));
            case NotExpression not:
                return InjectsNamed(not.Operand, actionOwner, presenters);
            case ComparisonExpression comparison:
                return InjectsNamed(comparison.Left, actionOwner, presenters).Concat(InjectsNamed(comparison.Right, actionOwner, presenters));
            case CallExpression { Arguments.Count: > 0 } call:
                var first = call.Arguments[0].Id;
                return call.Name switch
                {
                    "released" or "acknowledged" or "responded" => [first],
                    "met" or "missed" when actionOwner.TryGetValue(first, out var owner) => [owner],
                    "decided" or "chosen" => presenters.GetValueOrDefault(first) ?? [],
                    _ => [],
                };
            default:
                return [];
        }
    }
}
