using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(0, "T+0:00")]
    [InlineData(7, "T+0:07")]
    [InlineData(135, "T+2:15")]
    [InlineData((26 * 60) + 30, "T+1d 02:30")]
    public void Game_time_is_an_offset_from_the_start(int minutes, string expected) =>
        Assert.Equal(expected, ReportText.GameTime(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(270, "4m 30s")]
    [InlineData(180, "3m 00s")]
    [InlineData(3900, "1h 05m")]
    [InlineData(93_600 + 600, "1d 02h 10m")]
    public void Durations_read_like_a_clock(int seconds, string expected) =>
        Assert.Equal(expected, ReportText.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Wall_times_are_in_UTC() =>
        Assert.Equal("2026-03-02 06:05 UTC", ReportText.WallTime(new DateTimeOffset(2026, 3, 2, 8, 5, 0, TimeSpan.FromHours(2))));

    [Fact]
    public void Story_time_is_in_the_scenario_time_zone() =>
        Assert.Equal("Mon 12 Jan 07:07 UTC+02:00", ReportText.StoryTime(ScriptedExercise.Shared.Review, TimeSpan.FromMinutes(7)));

    [Fact]
    public void Missing_values_and_empty_wholes_show_a_dash()
    {
        Assert.Equal(ReportText.Missing, ReportText.GameTime((TimeSpan?)null));
        Assert.Equal(ReportText.Missing, ReportText.Percent(0, 0));
        Assert.Equal("67%", ReportText.Percent(2, 3));
    }
}
