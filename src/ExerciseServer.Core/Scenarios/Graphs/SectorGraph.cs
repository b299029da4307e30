using System.Globalization;
using System.Text;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>
/// The sector dependencies (the matrix A*) as a picture: an arrow from the sector depended on to the dependent
/// sector, labelled with the weight (the share of inoperability passed on) and the kind of link.
/// </summary>
public static class SectorGraph
{
    public const string Legend = "an arrow A → B: B depends on A; the weight is the share of A's inoperability passed to B";

    public static string ToMermaid(Scenario scenario)
    {
        var numbers = Numbers(scenario);
        var text = new StringBuilder();
        text.AppendLine("flowchart LR");
        text.AppendLine($"  %% {Legend}");
        foreach (var sector in scenario.Sectors.DistinctBy(s => s.Id))
        {
            text.AppendLine($"  s{numbers[sector.Id]}[\"{string.Join("<br/>", Lines(sector).Select(GraphText.Mermaid))}\"]");
        }

        foreach (var (from, to, dependency) in Links(scenario, numbers))
        {
            var arrow = dependency.Type switch
            {
                DependencyType.Cyber => "-.->",
                DependencyType.Geographic => "==>",
                DependencyType.Logical => "--o",
                _ => "-->",
            };
            text.AppendLine($"  s{numbers[from]} {arrow}|\"{GraphText.Mermaid(Label(dependency))}\"| s{numbers[to]}");
        }

        return text.ToString();
    }

    public static string ToDot(Scenario scenario)
    {
        var numbers = Numbers(scenario);
        var text = new StringBuilder();
        text.AppendLine($"digraph \"{GraphText.Dot(scenario.Id)} sectors\" {{");
        text.AppendLine("  rankdir=LR;");
        text.AppendLine($"  label=\"{GraphText.Dot(Legend)}\";");
        text.AppendLine("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        foreach (var sector in scenario.Sectors.DistinctBy(s => s.Id))
        {
            text.AppendLine($"  \"{GraphText.Dot(sector.Id)}\" [label=\"{string.Join("\\n", Lines(sector).Select(GraphText.Dot))}\"];");
        }

        foreach (var (from, to, dependency) in Links(scenario, numbers))
        {
            var style = dependency.Type switch
            {
                DependencyType.Cyber => ", style=dashed",
                DependencyType.Geographic => ", style=bold",
                DependencyType.Logical => ", style=dotted",
                _ => "",
            };
            text.AppendLine($"  \"{GraphText.Dot(from)}\" -> \"{GraphText.Dot(to)}\" [label=\"{GraphText.Dot(Label(dependency))}\"{style}];");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>"0.35 physical".</summary>
    public static string Label(SectorDependency dependency) =>
        string.Create(CultureInfo.InvariantCulture, $"{dependency.Weight:0.###} {ScenarioWords.Of(dependency.Type)}");

    private static IEnumerable<string> Lines(Sector sector) =>
        [sector.Name, $"{sector.Id} · recovery {DurationFormat.Format(sector.RecoveryTime)}"];

    private static Dictionary<string, int> Numbers(Scenario scenario) =>
        scenario.Sectors.DistinctBy(s => s.Id).Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);

    /// <summary>Each dependency on a known sector, as (depended on, dependent).</summary>
    private static IEnumerable<(string From, string To, SectorDependency Dependency)> Links(Scenario scenario, Dictionary<string, int> numbers) =>
        scenario.Sectors.DistinctBy(s => s.Id)
            .SelectMany(s => s.DependsOn.Where(d => numbers.ContainsKey(d.Sector.Id)).Select(d => (d.Sector.Id, s.Id, d)));
}
