using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>ES302 for every length of loop: one inject waiting on itself, and four waiting in a ring.</summary>
public sealed class DependencyCycleTests
{
    private const string File = "scenarios/cycle.yaml";

    private static IReadOnlyList<ExerciseServer.Core.Diagnostics.Diagnostic> Cycles(string injects)
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + Teams + Injects + injects);
        Assert.True(result.HasErrors, "a scenario with a waiting loop must not be playable");
        return [.. result.Diagnostics.Where(d => d.Code == "ES302")];
    }

    [Fact]
    public void An_inject_after_itself_is_refused()
    {
        var cycle = Assert.Single(Cycles("""
              - id: i2
                after: i2
                to: red
                title: Waits for itself

            """));

        Assert.Equal((Header + Sectors + Teams + Injects).Count(c => c == '\n') + 1, cycle.Location.Line);
        Assert.EndsWith("none can fire: i2 → i2", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inject_whose_condition_needs_its_own_release_is_refused()
    {
        var cycle = Assert.Single(Cycles("""
              - id: i2
                when: released(i1) and released(i2)
                to: red
                title: Waits for itself

            """));

        Assert.EndsWith("i2 → i2", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contingency_for_its_own_expected_action_or_a_follow_up_of_its_own_decision_is_refused()
    {
        var contingency = Assert.Single(Cycles("""
              - id: i2
                contingency_for: a2
                to: red
                title: Chases itself
                expected_actions:
                  - { id: a2, action: Answer, within: 10m }

            """));
        var followUp = Assert.Single(Cycles("""
              - id: i2
                to: red
                title: Releases itself
                decision: d1
            decisions:
              - id: d1
                title: Again?
                by: red
                options:
                  - { id: again, title: Again, follow_ups: [i2] }
                  - { id: stop, title: Stop, follow_ups: [i2] }

            """));

        Assert.EndsWith("i2 → i2", contingency.Message, StringComparison.Ordinal);
        Assert.EndsWith("i2 → i2", followUp.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_of_four_is_one_cycle_listing_all_four_in_file_order()
    {
        var cycle = Assert.Single(Cycles("""
              - id: i2
                after: i5
                to: red
                title: Two
              - id: i3
                when: released(i2)
                to: red
                title: Three
              - id: i4
                after: i3
                to: red
                title: Four
              - id: i5
                when: acknowledged(i4) or released(i4)
                to: red
                title: Five

            """));

        Assert.EndsWith("none can fire: i2 → i3 → i4 → i5 → i2", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_four_without_the_closing_link_is_no_cycle()
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + Teams + Injects + """
              - id: i2
                after: i1
                to: red
                title: Two
              - id: i3
                when: released(i2)
                to: red
                title: Three
              - id: i4
                after: i3
                to: red
                title: Four
              - id: i5
                when: released(i4)
                to: red
                title: Five

            """);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ES302");
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
    }
}
