using System.Globalization;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios;

/// <summary>Offsets from the exercise start as the story's own clock time: what trainers and players read.</summary>
public static class StoryClock
{
    public static DateTimeOffset At(ScenarioClock clock, TimeSpan offset) => clock.Start + offset;

    /// <summary>"Mon 06:18" within a week (the weekday names the day unambiguously), else "2027-01-18 06:18".</summary>
    public static string Format(ScenarioClock clock, TimeSpan offset) =>
        At(clock, offset).ToString(clock.Duration < TimeSpan.FromDays(7) ? "ddd HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO-8601 with the scenario's offset, for files other programs read.</summary>
    public static string FormatIso(ScenarioClock clock, TimeSpan offset) =>
        At(clock, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
