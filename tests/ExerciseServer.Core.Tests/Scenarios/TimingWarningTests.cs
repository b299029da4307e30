using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>ES405, ES406 and ES407 say what the trainer got wrong, and stay quiet where timing does not rule the inject out.</summary>
public sealed class TimingWarningTests
{
    private static IReadOnlyList<Diagnostic> Load(string text)
    {
        var result = ScenarioLoader.Load("timing.yaml", text);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result.Diagnostics;
    }

    private const string Decision = """
        decisions:
          - id: d1
            title: Go or stay
            by: red
            within: 30m
            default: stay
            options:
              - { id: go, title: Go }
              - { id: stay, title: Stay }

        """;

    private static readonly string Presented = Injects.Replace("title: Hello\n", "title: Hello\n    decision: d1\n", StringComparison.Ordinal);

    [Fact]
    public void An_inject_after_an_end_condition_on_a_scheduled_release_is_warned_with_both_times()
    {
        var warning = Assert.Single(Load(Header + Sectors + Teams + Injects + """
              - id: i2
                after: { inject: i1, delay: 50m }
                to: red
                title: Late
            end:
              when: released(i1) and state(energy) == normal or time >= 55m

            """), d => d.Code == "ES405");

        Assert.Equal("inject 'i2' is due at Thu 1 Jan 01:00 UTC+00:00 (T+1h), but the end condition 'released(i1) and state(energy) == normal or time >= 55m' ends the exercise by Thu 1 Jan 00:55 UTC+00:00 (T+55m), so it never fires", warning.Message);
    }

    [Fact]
    public void A_condition_waiting_past_the_duration_is_warned()
    {
        var warning = Assert.Single(Load(Header + Sectors + Teams + Injects + """
              - id: i2
                when: time > 2h30m and released(i1)
                to: red
                title: After the end

            """), d => d.Code == "ES405");

        Assert.Equal("inject 'i2' cannot fire before Thu 1 Jan 02:30 UTC+00:00 (T+2h30m), but the exercise ends at Thu 1 Jan 02:00 UTC+00:00 (T+2h), so it never fires", warning.Message);
    }

    [Theory]
    [InlineData("time >= 50m", "55m", 1)]
    [InlineData("time >= 50m", "50m", 0)]
    [InlineData("state(energy) == failed", "1h50m", 0)]
    [InlineData("time >= 30m and state(energy) == failed", "1h", 0)]
    public void Only_an_end_that_surely_comes_before_the_inject_is_warned(string end, string at, int warnings)
    {
        var diagnostics = Load(Header + Sectors + Teams + Injects + $"""
              - id: i2
                at: {at}
                to: red
                title: Maybe
            end:
              when: {end}

            """);

        Assert.Equal(warnings, diagnostics.Count(d => d.Code == "ES405"));
    }

    [Theory]
    [InlineData("inoperability(energy) >= 25", "; for 25 % write 0.25 or 25%")]
    [InlineData("150 <= inoperability(energy)", "")]
    public void Thresholds_outside_zero_to_one_are_warned_with_the_likely_fraction(string condition, string hint)
    {
        var warning = Assert.Single(Load(Header + Sectors + Teams + Injects + $"""
              - id: i2
                when: {condition}
                to: red
                title: Cascade

            """), d => d.Code == "ES406");

        Assert.EndsWith(hint.Length > 0 ? hint : "with 150", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inoperability(energy) >= 25%")]
    [InlineData("inoperability(energy) >= 1")]
    [InlineData("resource(red, boats) >= 25")]
    public void Thresholds_inside_zero_to_one_and_other_numbers_are_not_warned(string condition)
    {
        var teams = Teams.Replace("sees: [energy]", "sees: [energy]\n    resources: { boats: 30 }", StringComparison.Ordinal);

        var diagnostics = Load(Header + Sectors + teams + Injects + $"""
              - id: i2
                when: {condition}
                to: red
                title: Cascade

            """);

        Assert.DoesNotContain(diagnostics, d => d.Code == "ES406");
    }

    [Theory]
    [InlineData("50m", 1)]
    [InlineData("40m", 0)]
    [InlineData("30m", 0)]
    public void Needing_a_decision_undecided_after_its_default_is_warned(string after, int warnings)
    {
        // Presented at 10m with 30 minutes to decide: the default 'stay' is taken at 40m.
        var diagnostics = Load(Header + Sectors + Teams + Presented + $"""
              - id: i2
                when: time >= {after} and not decided(d1)
                to: red
                title: Still waiting

            """ + Decision);

        var found = diagnostics.Where(d => d.Code == "ES407").ToList();
        Assert.Equal(warnings, found.Count);
        if (warnings > 0)
        {
            Assert.Equal("inject 'i2' needs decision 'd1' undecided, but its default 'stay' is taken by Thu 1 Jan 00:40 UTC+00:00 (T+40m) and the inject cannot fire before Thu 1 Jan 00:50 UTC+00:00 (T+50m), so it never fires; fire it earlier or give the decision longer ('within')", found[0].Message);
        }
    }

    [Fact]
    public void A_decision_without_a_default_or_needed_only_in_an_or_is_not_warned()
    {
        var withoutDefault = Decision.Replace("    default: stay\n", "", StringComparison.Ordinal);

        var noDefault = Load(Header + Sectors + Teams + Presented + """
              - id: i2
                when: time >= 1h and not decided(d1)
                to: red
                title: Still waiting

            """ + withoutDefault);
        var inAnOr = Load(Header + Sectors + Teams + Presented + """
              - id: i2
                when: time >= 1h or not decided(d1)
                to: red
                title: Either

            """ + Decision);

        Assert.DoesNotContain(noDefault.Concat(inAnOr), d => d.Code == "ES407");
    }
}
