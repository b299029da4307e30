using System.Globalization;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Scenarios;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Reads a story date/time cell: a spreadsheet date, a date written as text (<c>2027-01-18 06:18</c>, T3SF's
/// <c>Mon Jan 18 2027 06:18 AM</c>), a time of day on the first day, or an offset from the start:
/// OpenAEV/OpenBAS <c>T+2</c> and <c>D+2 H+3 M+10</c>, or a scenario duration (<c>1h30m</c>, <c>PT90M</c>).
/// </summary>
public static partial class MselTimeCell
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFF",
        "ddd MMM d yyyy hh:mm tt", "ddd MMM d yyyy h:mm tt", "ddd MMM d yyyy HH:mm", "dd/MM/yyyy HH:mm", "d.M.yyyy HH:mm",
    ];

    /// <summary>A date and time on the story's wall clock, or an offset; null with a reason when it is neither.</summary>
    public static (DateTime? Wall, TimeSpan? Offset, string? Problem) Read(MselCellValue cell, TimeSpan offsetUnit)
    {
        if (cell.Date is { } date)
        {
            return (date, null, null);
        }

        var text = cell.Text.Trim();
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return (null, null, $"'{text}' has a time-zone offset; write the story's wall-clock time ({withOffset:yyyy-MM-dd HH:mm}) as the scenario clock gives it");
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wall))
        {
            return (wall, null, null);
        }

        if (TPlusPattern().Match(text) is { Success: true } tPlus)
        {
            return (null, offsetUnit * double.Parse(tPlus.Groups["n"].Value, CultureInfo.InvariantCulture), null);
        }

        if (DayHourPattern().Match(text) is { Success: true } dayHour && text.Length > 0)
        {
            var offset = TimeSpan.Zero;
            foreach (Capture part in dayHour.Groups["part"].Captures)
            {
                var unit = char.ToUpperInvariant(part.Value[0]);
                var amount = int.Parse(part.Value[1..].Trim().TrimStart('+').Trim(), CultureInfo.InvariantCulture);
                offset += unit switch { 'D' or 'J' => TimeSpan.FromDays(amount), 'H' => TimeSpan.FromHours(amount), _ => TimeSpan.FromMinutes(amount) };
            }

            return (null, offset, null);
        }

        if (DurationFormat.TryParse(text, out var duration) == DurationParseResult.Ok)
        {
            return (null, duration, null);
        }

        return (null, null, $"'{text}' is neither a date and time (2027-01-18 06:18) nor an offset (T+2, D+1 H+3, 1h30m)");
    }

    [GeneratedRegex(@"^T\s*\+\s*(?<n>\d{1,6}(?:\.\d{1,3})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TPlusPattern();

    [GeneratedRegex(@"^(?:(?<part>[DJHM]\s*\+\s*\d{1,5})\s*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayHourPattern();
}
