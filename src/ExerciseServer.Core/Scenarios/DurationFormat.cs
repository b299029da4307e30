using System.Globalization;
using System.Text.RegularExpressions;

namespace ExerciseServer.Core.Scenarios;

/// <summary>
/// Durations as trainers write them: ISO-8601 (<c>PT2H30M</c>, <c>P2DT6H</c>, <c>P1W</c>) or the short form
/// (<c>2h30m</c>, <c>1d 6h</c>, <c>90s</c>). Years and months are refused: their length depends on the calendar.
/// </summary>
public static partial class DurationFormat
{
    /// <summary>No exercise lasts a year; bigger values are typos and would overflow clock arithmetic.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(366);

    public static DurationParseResult TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return DurationParseResult.Invalid;
        }

        if (trimmed[0] == '-')
        {
            return TryParse(trimmed[1..], out _) is DurationParseResult.Ok or DurationParseResult.TooLarge
                ? DurationParseResult.Negative
                : DurationParseResult.Invalid;
        }

        if (SexagesimalPattern().IsMatch(trimmed))
        {
            return DurationParseResult.Sexagesimal;
        }

        if (trimmed == "0")
        {
            return DurationParseResult.Ok;
        }

        if (BareNumberPattern().IsMatch(trimmed))
        {
            return DurationParseResult.MissingUnit;
        }

        var iso = IsoPattern().Match(trimmed);
        if (iso.Success && trimmed.Length > 1 && !trimmed.EndsWith('T'))
        {
            return Sum(out value,
                (iso.Groups["w"], 7 * 24 * 3600), (iso.Groups["d"], 24 * 3600), (iso.Groups["h"], 3600),
                (iso.Groups["m"], 60), (iso.Groups["s"], 1));
        }

        var shortForm = ShortPattern().Match(trimmed);
        if (shortForm.Success && trimmed.Any(char.IsLetter))
        {
            return Sum(out value,
                (shortForm.Groups["w"], 7 * 24 * 3600), (shortForm.Groups["d"], 24 * 3600), (shortForm.Groups["h"], 3600),
                (shortForm.Groups["m"], 60), (shortForm.Groups["s"], 1));
        }

        return DurationParseResult.Invalid;
    }

    /// <summary>The short form, as the validator and the dry-run print durations.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0m";
        }

        var sign = value < TimeSpan.Zero ? "-" : "";
        value = value.Duration();
        var parts = new List<string>(4);
        if (value.Days > 0)
        {
            parts.Add($"{value.Days}d");
        }

        if (value.Hours > 0)
        {
            parts.Add($"{value.Hours}h");
        }

        if (value.Minutes > 0)
        {
            parts.Add($"{value.Minutes}m");
        }

        if (value.Seconds > 0 || value.Milliseconds > 0)
        {
            parts.Add(value.Milliseconds > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Seconds + (value.Milliseconds / 1000.0):0.###}s")
                : $"{value.Seconds}s");
        }

        return sign + string.Concat(parts);
    }

    private static DurationParseResult Sum(out TimeSpan value, params (Group Group, long Seconds)[] parts)
    {
        value = TimeSpan.Zero;
        double total = 0;
        foreach (var (group, seconds) in parts)
        {
            if (group.Success)
            {
                if (!double.TryParse(group.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return DurationParseResult.Invalid;
                }

                total += amount * seconds;
            }
        }

        if (double.IsInfinity(total) || total > Max.TotalSeconds)
        {
            return DurationParseResult.TooLarge;
        }

        value = TimeSpan.FromMilliseconds(Math.Round(total * 1000));
        return DurationParseResult.Ok;
    }

    [GeneratedRegex(@"^P(?:(?<w>\d{1,9})W)?(?:(?<d>\d{1,9})D)?(?:T(?:(?<h>\d{1,9})H)?(?:(?<m>\d{1,9})M)?(?:(?<s>\d{1,9}(?:\.\d{1,6})?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:(?<w>\d{1,9})\s*w\s*)?(?:(?<d>\d{1,9})\s*d\s*)?(?:(?<h>\d{1,9})\s*h\s*)?(?:(?<m>\d{1,9})\s*m\s*)?(?:(?<s>\d{1,9}(?:\.\d{1,6})?)\s*s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortPattern();

    /// <summary>YAML 1.1 reads <c>1:30</c> as 90 (base 60); YAML 1.2 as a string. Either way it is not a duration.</summary>
    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    public static partial Regex SexagesimalPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberPattern();
}
