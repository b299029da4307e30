using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.DryRun;

/// <summary>What a dry run tells a trainer beyond fired or not: which part of a condition failed, and the sectors' curves.</summary>
public sealed class DryRunExplanationTests
{
    private static ScenarioIndex Index(string text)
    {
        var result = ScenarioLoader.Load("dry.yaml", text);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return new ScenarioIndex(result.Scenario!);
    }

    private const string Shocked = Header + Sectors + Teams + """
        injects:
          - id: i1
            at: 10m
            to: red
            title: Outage
            effects:
              - { sector: energy, shock: 0.4 }
          - id: i2
            when: inoperability(energy) >= 0.5 and released(i1)
            to: red
            title: Cascade
          - id: i3
            when: state(energy) == failed or time >= 3h
            to: red
            title: Never

        """;

    [Fact]
    public void A_condition_that_never_held_reports_each_term_with_its_last_value_and_peak()
    {
        var report = DryRunner.Run(Index(Shocked), new NeverRespondPolicy());

        var cascade = report.NotFired.Single(n => n.Id == "i2");
        Assert.NotNull(cascade.Terms);
        Assert.Equal(["inoperability(energy) >= 0.5", "released(i1)"], cascade.Terms.Select(t => t.Text));
        Assert.Equal([false, true], cascade.Terms.Select(t => t.Held));
        Assert.Matches(@"^inoperability\(energy\) = 0\.\d+, peak 0\.4$", cascade.Terms[0].Values);
        Assert.StartsWith("its condition never held: inoperability(energy) >= 0.5 and released(i1); at the end (Thu 1 Jan 02:00 UTC+00:00 (T+2h)): inoperability(energy) >= 0.5 was false (inoperability(energy) = 0.", cascade.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; released(i1) was true", cascade.Reason, StringComparison.Ordinal);

        var never = report.NotFired.Single(n => n.Id == "i3");
        Assert.Equal(["state(energy) == failed", "time >= 3h"], never.Terms!.Select(t => t.Text));
        Assert.StartsWith("state(energy) = ", never.Terms![0].Values, StringComparison.Ordinal);
        Assert.Equal("time = 2h", never.Terms![1].Values);
    }

    [Fact]
    public void Injects_that_did_not_wait_on_a_condition_carry_no_terms()
    {
        var report = DryRunner.Run(Index(Minimal + "  - id: deck\n    on_demand: true\n    to: red\n    title: Deck\n"), new NeverRespondPolicy());

        Assert.Null(report.NotFired.Single(n => n.Id == "deck").Terms);
    }

    [Fact]
    public void The_sector_series_samples_every_minute_of_a_short_run_and_follows_the_shock()
    {
        var report = DryRunner.Run(Index(Shocked), new NeverRespondPolicy());

        var series = report.SectorSeries;
        Assert.Equal(["energy"], series.Sectors);
        Assert.Equal(TimeSpan.FromMinutes(1), series.Interval);
        Assert.Equal(Enumerable.Range(0, 121).Select(m => TimeSpan.FromMinutes(m)), series.Samples.Select(s => s.At));
        Assert.All(series.Samples.Where(s => s.At < TimeSpan.FromMinutes(10)), s => Assert.Equal(0, s.Inoperability[0]));
        Assert.Equal(0.4, series.Samples.Single(s => s.At == TimeSpan.FromMinutes(10)).Inoperability[0], 6);
        var after = series.Samples.Where(s => s.At >= TimeSpan.FromMinutes(10)).Select(s => s.Inoperability[0]).ToList();
        Assert.True(after.Zip(after.Skip(1)).All(p => p.Second < p.First), "a shock with no pressure behind it decays every minute");
        Assert.Equal(report.Sectors[0].Final, series.Samples[^1].Inoperability[0], 4);
        Assert.Equal(report.Sectors[0].Worst, series.Samples.Max(s => s.Inoperability[0]), 4);
    }

    [Fact]
    public void A_week_long_run_keeps_the_series_to_at_most_a_thousand_grid_samples()
    {
        var week = Minimal.Replace("duration: 2h", "duration: 7d", StringComparison.Ordinal);

        var series = DryRunner.Run(Index(week), new NeverRespondPolicy()).SectorSeries;

        Assert.Equal(TimeSpan.FromMinutes(11), series.Interval);
        Assert.InRange(series.Samples.Count, 900, SectorSeriesRecorder.MaxSamples + 1);
        Assert.Equal(TimeSpan.FromDays(7), series.Samples[^1].At);
    }
}
