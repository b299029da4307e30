using System.Globalization;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios;

/// <summary>
/// Offsets from the exercise start as the story's own clock time: what trainers and players read. The one rule
/// for story time in every output (CLI, graphs, reports, the snapshot the browser formats): the scenario's
/// <c>clock.time_zone</c> when it has one, else the offset of <c>clock.start</c>, always with its label, so that
/// Helsinki, Berlin and Brussels read the same story time for the same inject.
/// </summary>
public static partial class StoryClock
{
    /// <summary>The story moment, in the scenario's zone (so its offset follows daylight saving) or start offset.</summary>
    public static DateTimeOffset At(ScenarioClock clock, TimeSpan offset)
    {
        var instant = clock.Start + offset;
        return FindZone(clock.TimeZoneId) is { } zone ? TimeZoneInfo.ConvertTime(instant, zone) : instant;
    }

    /// <summary>"UTC+02:00" from the start offset; with a time zone, its id and the offset then in force.</summary>
    public static string ZoneLabel(ScenarioClock clock, TimeSpan offset)
    {
        var utc = OffsetLabel(At(clock, offset).Offset);
        return FindZone(clock.TimeZoneId) is null ? utc : $"{clock.TimeZoneId} {utc}";
    }

    /// <summary>"Mon 18 Jan 13:41 UTC+02:00": weekday, date, time and zone label, never the reader's own zone.</summary>
    public static string Format(ScenarioClock clock, TimeSpan offset) =>
        $"{At(clock, offset).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)} {ZoneLabel(clock, offset)}";

    /// <summary>"Mon 18 Jan 13:41 UTC+02:00 (T+7h41m)": the story time with the game offset in brackets.</summary>
    public static string FormatWithOffset(ScenarioClock clock, TimeSpan offset) =>
        $"{Format(clock, offset)} ({GameOffset(offset)})";

    /// <summary>"T+7h41m" in the one duration format of every output.</summary>
    public static string GameOffset(TimeSpan offset) =>
        offset < TimeSpan.Zero ? $"T-{DurationFormat.Format(offset.Duration())}" : $"T+{DurationFormat.Format(offset)}";

    /// <summary>ISO-8601 with the story's offset, for files other programs read.</summary>
    public static string FormatIso(ScenarioClock clock, TimeSpan offset) =>
        At(clock, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string OffsetLabel(TimeSpan utcOffset) =>
        "UTC" + (utcOffset < TimeSpan.Zero ? "-" : "+") + utcOffset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// The IANA zone, or null for none or an unknown id. The zone rules are the runtime's read-only tz data, loaded
    /// once and cached by <see cref="TimeZoneInfo"/> like culture data: deterministic for a given runtime, no clock
    /// reads, no files the scenario names (the id is checked against a strict pattern first), so Core stays pure.
    /// </summary>
    public static TimeZoneInfo? FindZone(string? timeZoneId) =>
        timeZoneId is not null && ZoneIdPattern().IsMatch(timeZoneId)
        && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) && !zone.Id.Contains(' ')
            ? zone
            : null;

    /// <summary>IANA ids: "UTC", "Europe/Helsinki", "America/Argentina/Buenos_Aires", "Etc/GMT+2"; nothing path-like.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z_]{1,30}(?:/[A-Za-z0-9][A-Za-z0-9_+\-]{0,30}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneIdPattern();
}
