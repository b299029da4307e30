using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(0, "T+0m")]
    [InlineData(7, "T+7m")]
    [InlineData(135, "T+2h15m")]
    [InlineData((26 * 60) + 30, "T+1d2h30m")]
    public void Game_time_is_an_offset_from_the_start_in_the_one_duration_format(int minutes, string expected) =>
        Assert.Equal(expected, ReportText.GameTime(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(270, "4m30s")]
    [InlineData(180, "3m")]
    [InlineData(3900, "1h5m")]
    [InlineData(93_600 + 600, "1d2h10m")]
    public void Durations_are_in_the_one_duration_format(int seconds, string expected) =>
        Assert.Equal(expected, ReportText.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Durations_and_offsets_count_whole_seconds_and_parse_back()
    {
        Assert.Equal("1m30s", ReportText.Duration(TimeSpan.FromSeconds(90.7)));
        Assert.Equal(Core.Scenarios.DurationParseResult.Ok, Core.Scenarios.DurationFormat.TryParse(ReportText.Duration(TimeSpan.FromSeconds(93_610)), out var back));
        Assert.Equal(TimeSpan.FromSeconds(93_610), back);
    }

    [Fact]
    public void A_moment_is_story_time_with_the_game_offset_in_brackets() =>
        Assert.Equal("Mon 12 Jan 07:07 UTC+02:00 (T+7m)", ReportText.When(ScriptedExercise.Shared.Review, TimeSpan.FromMinutes(7)));

    [Fact]
    public void Wall_times_are_in_UTC() =>
        Assert.Equal("2026-03-02 06:05 UTC", ReportText.WallTime(new DateTimeOffset(2026, 3, 2, 8, 5, 0, TimeSpan.FromHours(2))));

    [Fact]
    public void Story_time_is_in_the_scenario_time_zone() =>
        Assert.Equal("Mon 12 Jan 07:07 UTC+02:00", ReportText.StoryTime(ScriptedExercise.Shared.Review, TimeSpan.FromMinutes(7)));

    [Fact]
    public void A_chart_tick_is_the_weekday_and_time_of_the_story_time() =>
        Assert.Equal("Mon 07:07", ReportText.StoryDayTime(ScriptedExercise.Shared.Review, TimeSpan.FromMinutes(7)));

    [Fact]
    public void The_zone_named_under_a_chart_gives_both_labels_when_daylight_saving_begins_during_play()
    {
        // Helsinki moves to summer time at 04:00 local on Sun 29 Mar 2026.
        var review = ScriptedExercise.Shared.Review with
        {
            StoryStart = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
            StoryTimeZone = "Europe/Helsinki",
            GameTimeReached = TimeSpan.FromHours(2),
        };

        Assert.Equal("UTC+02:00", ReportText.StoryZone(ScriptedExercise.Shared.Review));
        Assert.Equal("Europe/Helsinki UTC+02:00 to Europe/Helsinki UTC+03:00", ReportText.StoryZone(review));
        Assert.Equal("Sun 05:30", ReportText.StoryDayTime(review, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Missing_values_and_empty_wholes_show_a_dash()
    {
        Assert.Equal(ReportText.Missing, ReportText.GameTime((TimeSpan?)null));
        Assert.Equal(ReportText.Missing, ReportText.Percent(0, 0));
        Assert.Equal("67%", ReportText.Percent(2, 3));
    }
}
