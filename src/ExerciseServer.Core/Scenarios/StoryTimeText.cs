using System.Globalization;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios;

/// <summary>
/// <c>at:</c> written as the story's clock: a local date-time (<c>2027-01-18T06:18</c>) or a weekday and time
/// (<c>Mon 06:18</c>), both on the scenario's own clock (its time zone, else the offset of <c>clock.start</c>),
/// turned into the offset from the start that the engine runs on.
/// </summary>
public static partial class StoryTimeText
{
    private static readonly string[] Weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static StoryTimeParseResult TryParse(string text, ScenarioClock clock, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var trimmed = text.Trim();
        DateTime local;
        if (LocalDateTimePattern().IsMatch(trimmed))
        {
            if (!DateTime.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            {
                return StoryTimeParseResult.Invalid;
            }
        }
        else if (WeekdayPattern().Match(trimmed) is { Success: true } weekday)
        {
            if (!TimeSpan.TryParseExact(weekday.Groups["time"].Value, @"h\:mm", CultureInfo.InvariantCulture, out var timeOfDay) || timeOfDay >= TimeSpan.FromDays(1))
            {
                return StoryTimeParseResult.Invalid;
            }

            if (DayOf(clock, (DayOfWeek)Array.IndexOf(Weekdays, weekday.Groups["day"].Value.ToLowerInvariant())) is not { } day)
            {
                return StoryTimeParseResult.WeekdayOutside;
            }

            local = day + timeOfDay;
        }
        else
        {
            return StoryTimeParseResult.NotStoryTime;
        }

        var zone = StoryClock.FindZone(clock.TimeZoneId);
        var utcOffset = zone?.GetUtcOffset(local) ?? clock.Start.Offset;
        offset = new DateTimeOffset(local, utcOffset) - clock.Start;
        return offset < TimeSpan.Zero ? StoryTimeParseResult.BeforeStart
            : offset > clock.Duration ? StoryTimeParseResult.AfterEnd
            : StoryTimeParseResult.Ok;
    }

    /// <summary>The one day of the exercise with this weekday; null when none is, or more than one (say the date then).</summary>
    private static DateTime? DayOf(ScenarioClock clock, DayOfWeek weekday)
    {
        var first = StoryClock.At(clock, TimeSpan.Zero).Date;
        var last = StoryClock.At(clock, clock.Duration).Date;
        var matches = Enumerable.Range(0, Math.Min((int)(last - first).TotalDays + 1, 400))
            .Select(i => first.AddDays(i)).Where(d => d.DayOfWeek == weekday).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalDateTimePattern();

    [GeneratedRegex(@"^(?<day>(?i:mon|tue|wed|thu|fri|sat|sun))\s+(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();
}
