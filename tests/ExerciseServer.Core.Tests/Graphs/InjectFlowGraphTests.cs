using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Graphs;
using ExerciseServer.Core.Scenarios.Model;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Graphs;

/// <summary>The inject flow as a trainer reads it: phase lanes, story times, and whole, escaped labels.</summary>
public sealed class InjectFlowGraphTests
{
    private const string Phased = Header + Sectors + Teams + """
        phases:
          - id: detect
            title: "Detection \"first\" hour"
            starts: 0m
          - id: respond
            title: Response
            starts: 1h

        injects:
          - id: i1
            at: 10m
            to: red
            title: 'Hello "quoted" #1 <b>'
          - id: i2
            after: { inject: i1, delay: 1h5m }
            to: red
            title: Follow-up
          - id: i3
            when: inoperability(energy) >= 0.3 and time > 20m or released(i2) and not acknowledged(i1) | something
            to: red
            title: Watch
          - id: i4
            on_demand: true
            phase: detect
            to: red
            title: Deck card

        """;

    private static Scenario Load(string text)
    {
        var result = ScenarioLoader.Load("flow.yaml", text);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void Mermaid_puts_injects_in_their_phase_lanes_with_story_times()
    {
        var text = InjectFlowGraph.ToMermaid(Load(Phased.Replace(" | something", "", StringComparison.Ordinal)));
        var lines = text.Split('\n');

        Assert.Equal("flowchart TD", lines[0]);
        Assert.Contains("  start((\"start Thu 1 Jan 00:00 UTC+00:00\"))", lines);
        var detect = Array.IndexOf(lines, "  subgraph phase1[\"Detection #quot;first#quot; hour · from Thu 1 Jan 00:00 UTC+00:00 (T+0m)\"]");
        var respond = Array.IndexOf(lines, "  subgraph phase2[\"Response · from Thu 1 Jan 01:00 UTC+00:00 (T+1h)\"]");
        Assert.True(detect > 0 && respond > detect, text);
        Assert.Equal("    i1[\"#35;1 i1<br/>Hello #quot;quoted#quot; #35;1 #lt;b#gt;<br/>Thu 1 Jan 00:10 UTC+00:00 (T+10m)\"]", lines[detect + 2]);
        Assert.Equal("    i4[\"#35;4 i4<br/>Deck card<br/>on demand\"]", lines[detect + 3]);
        Assert.Equal("    i2[\"#35;2 i2<br/>Follow-up<br/>Thu 1 Jan 01:15 UTC+00:00 (T+1h15m)\"]", lines[respond + 2]);
        Assert.Contains("  i3[\"#35;3 i3<br/>Watch\"]", lines);
    }

    [Fact]
    public void Condition_labels_are_whole_and_escaped_in_both_formats()
    {
        var scenario = Load(Phased.Replace(" | something", " or inoperability(energy) < 0.1 and released(i1) and released(i2) and released(i4)", StringComparison.Ordinal));
        var condition = scenario.Injects.Single(i => i.Id == "i3").When!.Text;
        Assert.True(condition.Length > 60, "the label must be longer than the old 60-character cut");

        var mermaid = InjectFlowGraph.ToMermaid(scenario);
        var dot = InjectFlowGraph.ToDot(scenario);

        Assert.Contains($"i1 -.->|\"when {condition.Replace(">", "#gt;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal)}\"| i3", mermaid, StringComparison.Ordinal);
        Assert.Contains($"\"i1\" -> \"i3\" [label=\"when {condition}\", style=dashed];", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("...", mermaid, StringComparison.Ordinal);
        Assert.Contains("  \"i1\" [label=\"#1 i1\\nHello \\\"quoted\\\" #1 <b>\\nThu 1 Jan 00:10 UTC+00:00 (T+10m)\"];", dot, StringComparison.Ordinal);
        Assert.Contains("  subgraph \"cluster_phase2\" {", dot, StringComparison.Ordinal);
    }
}
