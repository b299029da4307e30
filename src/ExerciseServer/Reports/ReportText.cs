using System.Globalization;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;

namespace ExerciseServer.Reports;

/// <summary>How the reports write times, durations and numbers: the same words in HTML and Markdown, culture-free.</summary>
internal static class ReportText
{
    /// <summary>Stands in for a value that does not exist (not released, not answered).</summary>
    public const string Missing = "—";

    public const string NoneRecorded = "None recorded.";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>What the footer of every report says about its times.</summary>
    public const string TimesNote =
        "Times are the story's clock in the scenario's time zone, with the game offset from the exercise start in brackets (T+1h30m); durations are written 1h30m; wall times are UTC.";

    /// <summary>Game time as an offset from the exercise start, in the one duration format: <c>T+7m</c>, <c>T+1d2h30m</c>.</summary>
    public static string GameTime(TimeSpan offset) => Core.Scenarios.StoryClock.GameOffset(WholeSeconds(offset));

    public static string GameTime(TimeSpan? offset) => offset is { } t ? GameTime(t) : Missing;

    /// <summary>The moment in the story a game time stands for, in the story's own zone: <c>Mon 12 Jan 07:07 UTC+02:00</c>.</summary>
    public static string StoryTime(ExerciseReview review, TimeSpan offset) =>
        Core.Scenarios.StoryClock.Format(review.ToStoryClock(), offset);

    public static string StoryTime(ExerciseReview review, TimeSpan? offset) => offset is { } t ? StoryTime(review, t) : Missing;

    /// <summary>A moment as every output writes it: story time with the game offset in brackets, <c>Mon 12 Jan 07:07 UTC+02:00 (T+7m)</c>.</summary>
    public static string When(ExerciseReview review, TimeSpan offset) =>
        Core.Scenarios.StoryClock.FormatWithOffset(review.ToStoryClock(), WholeSeconds(offset));

    public static string When(ExerciseReview review, TimeSpan? offset) => offset is { } t ? When(review, t) : Missing;

    /// <summary>
    /// <c>Mon 07:07</c>: the story's weekday and time, for a chart's time axis (where the date and zone of every tick
    /// would run into each other; <see cref="StoryZone"/> names the zone once). The same short form as the browser's
    /// chart axes (clock.ts, storyDayTimeOfGame).
    /// </summary>
    public static string StoryDayTime(ExerciseReview review, TimeSpan offset) =>
        Core.Scenarios.StoryClock.At(review.ToStoryClock(), offset).ToString("ddd HH:mm", Invariant);

    /// <summary>The story's zone label (<c>UTC+02:00</c>, <c>Europe/Helsinki UTC+03:00</c>), both when daylight saving changes it during play.</summary>
    public static string StoryZone(ExerciseReview review)
    {
        var clock = review.ToStoryClock();
        var first = Core.Scenarios.StoryClock.ZoneLabel(clock, TimeSpan.Zero);
        var last = Core.Scenarios.StoryClock.ZoneLabel(clock, review.GameTimeReached);
        return first == last ? first : $"{first} to {last}";
    }

    /// <summary>From the story's start to the game time reached, each with the story's zone label.</summary>
    public static string StorySpan(ExerciseReview review) =>
        $"{StoryTime(review, TimeSpan.Zero)} to {StoryTime(review, review.GameTimeReached)}";

    /// <summary>A span such as a response time, in the one duration format of every output: <c>45s</c>, <c>4m30s</c>, <c>1h5m</c>.</summary>
    public static string Duration(TimeSpan span) => Core.Scenarios.DurationFormat.Format(WholeSeconds(span));

    public static string Duration(TimeSpan? span) => span is { } t ? Duration(t) : Missing;

    /// <summary>Reports count whole seconds: a response 90.4 s after release reads 1m30s, not 1m30.4s.</summary>
    private static TimeSpan WholeSeconds(TimeSpan span) =>
        TimeSpan.FromSeconds(Math.Sign(span.Ticks) * Math.Floor(span.Duration().TotalSeconds));

    /// <summary>A moment on the server's clock, always in UTC so readers in several countries agree.</summary>
    public static string WallTime(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    public static string WallTime(DateTimeOffset? moment) => moment is { } m ? WallTime(m) : Missing;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Count(long value) => value.ToString(Invariant);

    /// <summary>A share of a whole as a whole percentage, or <see cref="Missing"/> when there is no whole.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? Missing : string.Create(Invariant, $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero):0}%");

    /// <summary>An inoperability (0 = fully working, 1 = not working at all).</summary>
    public static string Fraction(double value) => value.ToString("0.00", Invariant);

    /// <summary>A signed change such as a perturbation: <c>+0.30</c>, <c>-0.20</c>.</summary>
    public static string Signed(double value) => value.ToString("+0.00;-0.00;0.00", Invariant);

    /// <summary>Inline SVG coordinates: few decimals, a dot whatever the culture.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", Invariant);

    /// <summary>"not-started" → "not started": the review's kebab-case words as prose.</summary>
    public static string Words(string kebab) => kebab.Replace('-', ' ');

    /// <summary>"sector_alert" → "sector alert".</summary>
    public static string Channel(string channel) => channel.Replace('_', ' ').Replace('-', ' ');

    public static string FindingKindTitle(string kind) => kind switch
    {
        FindingKinds.Strength => "Strengths",
        FindingKinds.AreaForImprovement => "Areas for improvement",
        _ => Capitalise(Words(kind)),
    };

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What an inject or decision did to a sector: <c>perturbation +0.30, shock +0.20, recovery ×0.50</c>.</summary>
    public static string Effect(SectorMarker marker)
    {
        var parts = new List<string>();
        if (marker.Perturbation is { } perturbation)
        {
            parts.Add($"perturbation {Signed(perturbation)}");
        }

        if (marker.Shock is { } shock)
        {
            parts.Add($"shock {Signed(shock)}");
        }

        if (marker.RecoveryFactor is { } factor)
        {
            parts.Add($"recovery ×{Fraction(factor)}");
        }

        return parts.Count == 0 ? "no direct effect" : string.Join(", ", parts);
    }

    /// <summary>"T+10m of T+15m planned (67%)".</summary>
    public static string GameTimeReached(ExerciseReview review)
    {
        var share = review.PlannedDuration > TimeSpan.Zero
            ? string.Create(Invariant, $" ({Math.Round(100.0 * review.GameTimeReached.Ticks / review.PlannedDuration.Ticks, MidpointRounding.AwayFromZero):0}%)")
            : "";
        return $"{GameTime(review.GameTimeReached)} of {GameTime(review.PlannedDuration)} planned{share}";
    }

    public static string DecisionOutcome(DecisionReview decision) =>
        decision.OptionId is null ? "not decided" : decision.OptionTitle ?? decision.OptionId;

    public static string DefaultApplied(DecisionReview decision) =>
        decision.OptionId is null ? Missing : decision.ByDefault ? "yes" : "no";
}
