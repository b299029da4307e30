using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>'at:' on the story's clock, and the one story-time format every output uses.</summary>
public sealed class StoryTimeTests
{
    // Monday 18 January 2027 06:00 at +02:00, three days: Monday to Thursday 06:00.
    private static readonly ScenarioClock Flagship = new()
    {
        Start = new DateTimeOffset(2027, 1, 18, 6, 0, 0, TimeSpan.FromHours(2)),
        Duration = TimeSpan.FromDays(3),
    };

    [Theory]
    [InlineData("2027-01-18T06:18", "18m")]
    [InlineData("2027-01-18T06:00", "0m")]
    [InlineData("2027-01-20T13:41:30", "2d7h41m30s")]
    [InlineData("Mon 06:18", "18m")]
    [InlineData("tue 13:41", "1d7h41m")]
    [InlineData("Thu 06:00", "3d")]
    public void A_story_time_becomes_the_offset_from_the_start(string text, string expected)
    {
        Assert.Equal(StoryTimeParseResult.Ok, StoryTimeText.TryParse(text, Flagship, out var offset));
        Assert.Equal(expected, DurationFormat.Format(offset));
    }

    [Theory]
    [InlineData("2027-01-18T05:59", StoryTimeParseResult.BeforeStart)]
    [InlineData("Mon 05:00", StoryTimeParseResult.BeforeStart)]
    [InlineData("2027-01-21T06:01", StoryTimeParseResult.AfterEnd)]
    [InlineData("Thu 07:00", StoryTimeParseResult.AfterEnd)]
    [InlineData("Fri 06:00", StoryTimeParseResult.WeekdayOutside)]
    [InlineData("Sun 23:00", StoryTimeParseResult.WeekdayOutside)]
    [InlineData("2027-02-30T06:00", StoryTimeParseResult.Invalid)]
    [InlineData("Mon 25:00", StoryTimeParseResult.Invalid)]
    [InlineData("6h18m", StoryTimeParseResult.NotStoryTime)]
    [InlineData("Moon 06:18", StoryTimeParseResult.NotStoryTime)]
    [InlineData("2027-01-18T06:18+02:00", StoryTimeParseResult.NotStoryTime)]
    public void A_story_time_outside_the_exercise_or_not_a_time_says_which(string text, StoryTimeParseResult expected)
    {
        Assert.Equal(expected, StoryTimeText.TryParse(text, Flagship, out _));
    }

    [Fact]
    public void A_weekday_in_an_exercise_longer_than_a_week_names_two_days_and_is_refused()
    {
        var twoWeeks = Flagship with { Duration = TimeSpan.FromDays(8) };

        Assert.Equal(StoryTimeParseResult.WeekdayOutside, StoryTimeText.TryParse("Mon 07:00", twoWeeks, out _));
        Assert.Equal(StoryTimeParseResult.Ok, StoryTimeText.TryParse("Wed 07:00", twoWeeks, out _));
    }

    [Fact]
    public void Story_times_are_read_and_shown_in_the_time_zone_across_daylight_saving()
    {
        // Helsinki moves from +02:00 to +03:00 at 03:00 on Sunday 28 March 2027.
        var helsinki = new ScenarioClock { Start = new DateTimeOffset(2027, 3, 28, 0, 0, 0, TimeSpan.FromHours(2)), Duration = TimeSpan.FromDays(1), TimeZoneId = "Europe/Helsinki" };

        Assert.Equal(StoryTimeParseResult.Ok, StoryTimeText.TryParse("Sun 12:00", helsinki, out var offset));
        Assert.Equal(TimeSpan.FromHours(11), offset);
        Assert.Equal("Sun 28 Mar 00:00 Europe/Helsinki UTC+02:00", StoryClock.Format(helsinki, TimeSpan.Zero));
        Assert.Equal("Sun 28 Mar 12:00 Europe/Helsinki UTC+03:00 (T+11h)", StoryClock.FormatWithOffset(helsinki, offset));
    }

    [Fact]
    public void The_formatter_shows_weekday_date_time_and_the_scenario_offset_label()
    {
        Assert.Equal("Mon 18 Jan 13:41 UTC+02:00", StoryClock.Format(Flagship, new TimeSpan(7, 41, 0)));
        Assert.Equal("Mon 18 Jan 13:41 UTC+02:00 (T+7h41m)", StoryClock.FormatWithOffset(Flagship, new TimeSpan(7, 41, 0)));
        Assert.Equal("Wed 20 Jan 06:00 UTC+02:00 (T+2d)", StoryClock.FormatWithOffset(Flagship, TimeSpan.FromDays(2)));
        Assert.Equal("2027-01-18T13:41:00+02:00", StoryClock.FormatIso(Flagship, new TimeSpan(7, 41, 0)));
    }

    [Theory]
    [InlineData(-300, "UTC-05:00")]
    [InlineData(0, "UTC+00:00")]
    [InlineData(330, "UTC+05:30")]
    public void Offset_labels_carry_sign_hours_and_minutes(int minutes, string expected) =>
        Assert.Equal(expected, StoryClock.OffsetLabel(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData("Europe/Helsinki", true)]
    [InlineData("UTC", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("EET ", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("", false)]
    public void Only_iana_zone_ids_are_zones(string id, bool known) =>
        Assert.Equal(known, StoryClock.FindZone(id) is not null);

    [Fact]
    public void The_loader_turns_a_weekday_at_into_the_offset_the_engine_runs_on()
    {
        var text = TestScenarios.Header + TestScenarios.Sectors + TestScenarios.Teams
            + TestScenarios.Injects.Replace("at: 10m", "at: Thu 01:15", StringComparison.Ordinal);

        var result = ScenarioLoader.Load("scenarios/story.yaml", text);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(TimeSpan.FromMinutes(75), Assert.Single(result.Scenario!.Injects).At!.Value.Value);
    }
}
