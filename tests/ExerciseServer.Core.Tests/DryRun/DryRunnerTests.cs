using System.Text.Json;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.DryRun;

/// <summary>Headless runs of the shipped scenarios under each policy.</summary>
public sealed class DryRunnerTests
{
    private static ScenarioIndex Load(string name)
    {
        var path = RepositoryPaths.Scenario(name);
        var result = ScenarioLoader.Load(path, File.ReadAllText(path));
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return new ScenarioIndex(result.Scenario!);
    }

    [Fact]
    public void The_quickstart_played_well_meets_its_expected_actions_and_takes_the_first_option()
    {
        var report = DryRunner.Run(Load("quickstart.yaml"), new FirstOptionPolicy());

        Assert.All(report.ExpectedActions, a => Assert.Equal("met", a.Status));
        Assert.Equal(("reroute-now", false), (report.Decisions.Single().Option, report.Decisions.Single().ByDefault));
        Assert.DoesNotContain(report.Fired, f => f.Id == "q04-reminder");
        Assert.Equal("on demand: control releases it by hand", report.NotFired.Single(n => n.Id == "q06-ship").Reason);
    }

    [Fact]
    public void The_quickstart_unplayed_misses_everything_fires_the_contingency_and_defaults_the_decision()
    {
        var report = DryRunner.Run(Load("quickstart.yaml"), new NeverRespondPolicy());

        Assert.All(report.ExpectedActions, a => Assert.Equal("missed", a.Status));
        Assert.Contains(report.Fired, f => f.Id == "q04-reminder");
        Assert.Equal(("wait", true), (report.Decisions.Single().Option, report.Decisions.Single().ByDefault));
        Assert.Contains(report.Fired, f => f.Id == "q05-congestion");
    }

    [Fact]
    public void Each_built_in_policy_plays_the_flagship_to_its_end_and_they_take_different_branches()
    {
        var index = Load("baltic-critical-infrastructure.yaml");

        var reports = new ResponsePolicy[] { new FirstOptionPolicy(), new NeverRespondPolicy(), new RandomPolicy(1) }
            .Select(p => DryRunner.Run(index, p)).ToList();

        Assert.All(reports, r => Assert.StartsWith("the ", r.EndReason, StringComparison.Ordinal));
        Assert.All(reports, r => Assert.True(r.Fired.Count >= 40, $"{r.Policy}: {r.Fired.Count} injects fired"));
        var firedSets = reports.Select(r => r.Fired.Select(f => f.Id).ToHashSet()).ToList();
        Assert.False(firedSets[0].SetEquals(firedSets[1]), "first-option and never-respond fired the same injects");
        Assert.False(firedSets[0].SetEquals(firedSets[2]), "first-option and random fired the same injects");
        Assert.True(reports[0].ExpectedActions.Count(a => a.Status == "met") > reports[2].ExpectedActions.Count(a => a.Status == "met"));
        Assert.Equal(0, reports[1].ExpectedActions.Count(a => a.Status == "met"));
    }

    [Fact]
    public void Every_flagship_inject_fires_under_some_policy()
    {
        var index = Load("baltic-critical-infrastructure.yaml");
        var policyFile = RepositoryPaths.Scenario("policies/baltic-shadow-and-inspect.policy.yaml");
        var (script, diagnostics) = PolicyFileReader.Read(policyFile, File.ReadAllText(policyFile), index.Scenario);
        Assert.Empty(diagnostics);
        var policies = new List<ResponsePolicy> { new FirstOptionPolicy(), new NeverRespondPolicy(), new ScriptedPolicy("shadow-and-inspect", script!) };
        policies.AddRange(Enumerable.Range(1, 5).Select(seed => new RandomPolicy(seed)));

        var fired = policies.SelectMany(p => DryRunner.Run(index, p).Fired.Select(f => f.Id)).ToHashSet();

        Assert.DoesNotContain(index.Scenario.Injects, i => !fired.Contains(i.Id));
    }

    [Fact]
    public void The_same_seed_gives_the_same_run_and_another_seed_another()
    {
        var index = Load("baltic-critical-infrastructure.yaml");

        var first = JsonSerializer.Serialize(DryRunner.Run(index, new RandomPolicy(7)));
        var again = JsonSerializer.Serialize(DryRunner.Run(index, new RandomPolicy(7)));
        var other = JsonSerializer.Serialize(DryRunner.Run(index, new RandomPolicy(8)));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_policy_file_with_unknown_ids_is_reported_with_locations()
    {
        var index = Load("quickstart.yaml");
        const string text = "respond: [q01-signal-los]\ndecisions:\n  reroute: reroute-later\nrelease:\n  - { inject: q06-ship, at: 5m }\n";

        var (script, diagnostics) = PolicyFileReader.Read("p.policy.yaml", text, index.Scenario);

        Assert.Null(script);
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("p.policy.yaml:1:11: error ES301: the scenario has no inject 'q01-signal-los'; did you mean 'q01-signal-loss'?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("p.policy.yaml:3:12: error ES301: decision 'reroute' has no option 'reroute-later'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scripted_policy_releases_the_deck_and_chooses_as_written()
    {
        var index = Load("quickstart.yaml");
        var (script, _) = PolicyFileReader.Read("p.policy.yaml", "respond: none\nrespond_after: 2m\ndecisions: { reroute: wait }\nrelease:\n  - { inject: q06-ship, at: 5m }\n", index.Scenario);

        var report = DryRunner.Run(index, new ScriptedPolicy("p", script!));

        Assert.Equal(TimeSpan.FromMinutes(5), report.Fired.Single(f => f.Id == "q06-ship").At);
        Assert.Equal(("wait", false), (report.Decisions.Single().Option, report.Decisions.Single().ByDefault));
        Assert.All(report.ExpectedActions, a => Assert.Equal("missed", a.Status));
    }
}
