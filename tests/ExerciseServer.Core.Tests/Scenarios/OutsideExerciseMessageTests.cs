using ExerciseServer.Core.Scenarios;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>ES303 names the moments as story time with the offset in brackets, and a span in the one duration format.</summary>
public sealed class OutsideExerciseMessageTests
{
    private static string Es303(string text, string startsWith = "") =>
        Assert.Single(ScenarioLoader.Load("late.yaml", text).Diagnostics, d => d.Code == "ES303" && d.Message.StartsWith(startsWith, StringComparison.Ordinal)).Message;

    [Fact]
    public void A_release_after_the_end_is_shown_as_story_time_with_its_offset()
    {
        var message = Es303(Minimal.Replace("at: 10m", "at: 3h", StringComparison.Ordinal));

        Assert.Equal("inject 'i1' is released at Thu 1 Jan 03:00 UTC+00:00 (T+3h), after the exercise ends at Thu 1 Jan 02:00 UTC+00:00 (T+2h)", message);
    }

    [Fact]
    public void A_release_in_a_time_zone_shows_that_zones_clock()
    {
        var message = Es303(Minimal
            .Replace("  duration: 2h\n", "  duration: 2h\n  time_zone: Europe/Helsinki\n", StringComparison.Ordinal)
            .Replace("at: 10m", "at: 2h30m", StringComparison.Ordinal));

        Assert.Equal("inject 'i1' is released at Thu 1 Jan 04:30 Europe/Helsinki UTC+02:00 (T+2h30m), after the exercise ends at Thu 1 Jan 04:00 Europe/Helsinki UTC+02:00 (T+2h)", message);
    }

    [Fact]
    public void A_delay_longer_than_the_exercise_is_a_span_and_says_when_the_exercise_ends()
    {
        var message = Es303(Minimal + """
              - id: i2
                after: { inject: i1, delay: 2h30m }
                to: red
                title: Later

            """, "the delay");

        Assert.StartsWith("the delay of inject 'i2' is 2h30m, longer than the whole exercise (2h, ending Thu 1 Jan 02:00 UTC+00:00 (T+2h))", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_after_chain_that_ends_too_late_gives_its_earliest_story_time()
    {
        var message = Es303(Minimal.Replace("at: 10m", "at: 1h30m", StringComparison.Ordinal) + """
              - id: i2
                after: { inject: i1, delay: 45m }
                to: red
                title: Later

            """);

        Assert.Equal("inject 'i2' comes at Thu 1 Jan 02:15 UTC+00:00 (T+2h15m) at the earliest, after the exercise ends at Thu 1 Jan 02:00 UTC+00:00 (T+2h)", message);
    }
}
