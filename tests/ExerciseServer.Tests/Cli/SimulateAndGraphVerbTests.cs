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
        // Every moment is the game offset in the one duration format and the story time as ISO 8601 in the
        // scenario's own offset (the quickstart starts Mon 12 Jan 07:00 at +02:00).
        Assert.All(json.RootElement.GetProperty("timeline").EnumerateArray(), e =>
        {
            var at = e.GetProperty("at");
            Assert.Equal(Core.Scenarios.DurationParseResult.Ok, Core.Scenarios.DurationFormat.TryParse(at.GetProperty("offset").GetString()!, out var offset));
            Assert.Equal(new DateTimeOffset(2026, 1, 12, 7, 0, 0, TimeSpan.FromHours(2)) + offset, DateTimeOffset.Parse(at.GetProperty("storyTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Matches(@"^2026-01-12T07:\d\d:\d\d\+02:00$", at.GetProperty("storyTime").GetString());
        });
        Assert.Equal("2026-01-12T07:01:00+02:00", json.RootElement.GetProperty("fired")[0].GetProperty("at").GetProperty("storyTime").GetString());
        Assert.Equal("1m", json.RootElement.GetProperty("sectorSeries").GetProperty("interval").GetString());
        Assert.DoesNotMatch("\"(\\d+\\.)?\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\"", output); // no TimeSpan strings such as "00:07:00"
    }

    [Fact]
    public async Task Simulate_as_json_with_several_runs_gives_each_run_and_the_coverage()
    {
        var (exit, output, _) = await Run("simulate", Quickstart, "--format", "json", "--policy", "first-option", "--policy", "never-respond");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("runs").GetArrayLength());
        var ship = json.RootElement.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("inject").GetString() == "q06-ship");
        Assert.Equal(0, ship.GetProperty("firedBy").GetArrayLength());
        Assert.StartsWith("on demand", ship.GetProperty("reason").GetString(), StringComparison.Ordinal);
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
    public async Task Graph_prints_only_the_inject_flow_as_one_mermaid_document_with_phases_and_story_times()
    {
        var (exit, output, _) = await Run("graph", Quickstart);

        Assert.Equal(0, exit);
        Assert.StartsWith("flowchart TD\n", output, StringComparison.Ordinal);
        Assert.Equal(1, output.Split('\n').Count(l => l.StartsWith("flowchart", StringComparison.Ordinal) || l.StartsWith("stateDiagram", StringComparison.Ordinal)));
        Assert.Contains("  subgraph phase1[\"Detection · from Mon 12 Jan 07:00 UTC+02:00 (T+0m)\"]", output, StringComparison.Ordinal);
        Assert.Contains("<br/>Mon 12 Jan 07:01 UTC+02:00 (T+1m)\"]", output, StringComparison.Ordinal);
        Assert.Contains("i1 -->|\"+3m\"| i2", output, StringComparison.Ordinal);
        Assert.Contains("i3 -.->|\"when inoperability(energy) #gt;= 0.05 or chosen(reroute, wait)\"| i5", output, StringComparison.Ordinal);
        Assert.Contains("i1 -.->|\"missed q01-fi-notify\"| i4", output, StringComparison.Ordinal);
        Assert.Contains("deck -->|\"on demand\"| i6", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Running --> Paused", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_machines_prints_the_three_state_machines_in_one_state_diagram()
    {
        var (exit, output, _) = await Run("graph", Quickstart, "--machines");

        Assert.Equal(0, exit);
        Assert.StartsWith("stateDiagram-v2\n", output, StringComparison.Ordinal);
        Assert.Contains("  state \"Exercise lifecycle\" as lifecycle {", output, StringComparison.Ordinal);
        Assert.Contains("    lifecycle_Running --> lifecycle_Paused : Pause", output, StringComparison.Ordinal);
        Assert.Contains("    inject_Held --> inject_Due : TriggerFired", output, StringComparison.Ordinal);
        Assert.Contains("    sector_Disrupted --> sector_Recovering : ObservedDegraded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_sectors_prints_the_dependencies_with_weights_and_types()
    {
        var (mermaidExit, mermaid, _) = await Run("graph", Quickstart, "--sectors");
        var (dotExit, dot, _) = await Run("graph", Quickstart, "--sectors", "--format", "dot");
        var (bothExit, _, bothError) = await Run("graph", Quickstart, "--sectors", "--machines");

        Assert.Equal((0, 0), (mermaidExit, dotExit));
        Assert.StartsWith("flowchart LR\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("  s1[\"Digital infrastructure<br/>digital · recovery 2h\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("  s1 -.->|\"0.2 cyber\"| s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("  \"digital\" -> \"energy\" [label=\"0.2 cyber\", style=dashed];", dot, StringComparison.Ordinal);
        Assert.Equal(2, bothExit);
        Assert.Contains("not both", bothError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_prints_dot_for_graphviz()
    {
        var (exit, output, _) = await Run("graph", Quickstart, "--format", "dot");

        Assert.Equal(0, exit);
        Assert.StartsWith("digraph \"quickstart\" {", output, StringComparison.Ordinal);
        Assert.Contains("\"q01-signal-loss\" -> \"q02-news\" [label=\"+3m\"];", output, StringComparison.Ordinal);
        Assert.Contains("subgraph \"cluster_phase1\" {", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exercise lifecycle", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_as_json_carries_the_sector_series_and_why_conditions_never_held()
    {
        var (exit, output, _) = await Run("simulate", Quickstart, "--format", "json", "--policy", "never-respond");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var series = json.RootElement.GetProperty("sectorSeries");
        Assert.Equal(["digital", "energy"], series.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        var samples = series.GetProperty("samples").EnumerateArray().ToList();
        Core.Scenarios.DurationFormat.TryParse(json.RootElement.GetProperty("endedAt").GetProperty("offset").GetString()!, out var endedAt);
        Assert.Equal((int)endedAt.TotalMinutes + 1, samples.Count);
        Assert.Equal(json.RootElement.GetProperty("endedAt").GetRawText().Replace(" ", "", StringComparison.Ordinal), samples[^1].GetProperty("at").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.All(samples, s => Assert.Equal(2, s.GetProperty("inoperability").GetArrayLength()));
        Assert.Contains(samples, s => s.GetProperty("inoperability")[0].GetDouble() > 0);
    }

    [Fact]
    public async Task Simulate_as_csv_gives_one_row_per_sample_with_story_time_and_a_column_per_sector()
    {
        var (exit, output, _) = await Run("simulate", Quickstart, "--format", "csv");
        var (_, json, _) = await Run("simulate", Quickstart, "--format", "json");
        using var report = JsonDocument.Parse(json);
        var samples = report.RootElement.GetProperty("sectorSeries").GetProperty("samples").EnumerateArray().ToList();
        var (allExit, all, _) = await Run("simulate", Quickstart, "--format", "csv", "--policy", "first-option", "--policy", "random");

        Assert.Equal((0, 0), (exit, allExit));
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("story_time,offset,minute,digital,energy", rows[0]);
        Assert.Equal(samples.Count + 1, rows.Length);
        Assert.StartsWith("2026-01-12T07:00:00+02:00,0m,0,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-01-12T07:05:00+02:00,5m,5,", rows[6], StringComparison.Ordinal);
        Assert.EndsWith(string.Join(',', samples[5].GetProperty("inoperability").EnumerateArray().Select(q => q.GetDouble().ToString("0.######", System.Globalization.CultureInfo.InvariantCulture))), rows[6], StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Equal(5, r.Split(',').Length));
        var allRows = all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("run,story_time,offset,minute,digital,energy", allRows[0]);
        Assert.Contains(allRows, r => r.StartsWith("random 1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_as_json_reports_an_invalid_scenario_as_a_json_document()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("simulate-json-").FullName, "broken.yaml");
        await File.WriteAllTextAsync(broken, TestScenarios.Minimal.Replace("to: red", "to: nobody", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (exit, output, error) = await Run("simulate", broken, "--format", "json");
        var (missingExit, missingOutput, _) = await Run("simulate", broken + ".missing", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var diagnostic = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(("ES301", 18), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32()));
        Assert.Equal(2, missingExit);
        using var missing = JsonDocument.Parse(missingOutput);
        Assert.Contains("is not a scenario file", missing.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
