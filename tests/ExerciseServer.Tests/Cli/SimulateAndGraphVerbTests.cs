using System.Text.Json;
using ExerciseServer.Tests.Support;
using static ExerciseServer.Tests.Support.VerbRunner;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Cli;

public sealed class SimulateAndGraphVerbTests
{
    private static readonly string Quickstart = RepositoryPaths.Scenario("quickstart.yaml");

    [Theory]
    [InlineData("first-option")]
    [InlineData("never-respond")]
    [InlineData("random")]
    public async Task Simulate_prints_timeline_coverage_sectors_actions_and_decisions(string policy)
    {
        var (exit, output, error) = await Run("simulate", Quickstart, "--policy", policy, "--seed", "3");

        Assert.True(exit == 0, error);
        foreach (var section in new[] { "Timeline", "Coverage: ", "Sectors (worst, final)", "Expected actions: ", "Decisions" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }

        Assert.StartsWith($"quickstart with policy {policy}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_as_json_gives_the_report_for_tools()
    {
        var (exit, output, _) = await Run("simulate", Quickstart, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("first-option", json.RootElement.GetProperty("policy").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("fired").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("notFired").EnumerateArray(), n => n.GetProperty("id").GetString() == "q06-ship" && n.GetProperty("onDemand").GetBoolean());
    }

    [Fact]
    public async Task Simulate_all_reports_combined_coverage_and_why_the_rest_never_fires()
    {
        var (exit, output, _) = await Run("simulate", Quickstart, "--policy", "all");

        Assert.Equal(0, exit);
        Assert.Contains("5 of 6 injects fired in some run", output, StringComparison.Ordinal);
        Assert.Contains("q06-ship                         NEVER: on demand: control releases it by hand", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_refuses_a_scenario_with_errors_and_an_unknown_policy()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("simulate-").FullName, "broken.yaml");
        await File.WriteAllTextAsync(broken, TestScenarios.Minimal.Replace("to: red", "to: nobody", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (brokenExit, _, brokenError) = await Run("simulate", broken);
        var (policyExit, _, policyError) = await Run("simulate", Quickstart, "--policy", "clever");

        Assert.Equal(1, brokenExit);
        Assert.Contains("error ES301", brokenError, StringComparison.Ordinal);
        Assert.Equal(2, policyExit);
        Assert.Contains("neither a built-in policy", policyError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_prints_the_inject_flow_and_the_state_machines_as_mermaid()
    {
        var (exit, output, _) = await Run("graph", Quickstart);

        Assert.Equal(0, exit);
        Assert.Contains("flowchart TD", output, StringComparison.Ordinal);
        Assert.Contains("i1 -->|\"+3m\"| i2", output, StringComparison.Ordinal);
        Assert.Contains("i3 -.->|\"when inoperability(energy) >= 0.05 or chosen(reroute, wait)\"| i5", output, StringComparison.Ordinal);
        Assert.Contains("i1 -.->|\"missed q01-fi-notify\"| i4", output, StringComparison.Ordinal);
        Assert.Contains("deck -->|\"on demand\"| i6", output, StringComparison.Ordinal);
        Assert.Contains("%% Exercise lifecycle", output, StringComparison.Ordinal);
        Assert.Contains("Running --> Paused : Pause", output, StringComparison.Ordinal);
        Assert.Contains("%% Sector state", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_prints_dot_for_graphviz()
    {
        var (exit, output, _) = await Run("graph", Quickstart, "--format", "dot", "--show", "flow");

        Assert.Equal(0, exit);
        Assert.Contains("digraph \"quickstart\" {", output, StringComparison.Ordinal);
        Assert.Contains("\"q01-signal-loss\" -> \"q02-news\" [label=\"+3m\"];", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exercise lifecycle", output, StringComparison.Ordinal);
    }

}
