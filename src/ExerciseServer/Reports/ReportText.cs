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

    /// <summary>Game time as an offset from the exercise start: <c>T+0:07</c>, <c>T+1d 02:30</c>.</summary>
    public static string GameTime(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "T-" : "T+";
        var t = offset.Duration();
        return t.Days > 0
            ? string.Create(Invariant, $"{sign}{t.Days}d {t.Hours:00}:{t.Minutes:00}")
            : string.Create(Invariant, $"{sign}{t.Hours}:{t.Minutes:00}");
    }

    public static string GameTime(TimeSpan? offset) => offset is { } t ? GameTime(t) : Missing;

    /// <summary>The moment in the story a game time stands for, in the story's own zone: <c>Mon 12 Jan 07:07 UTC+02:00</c>.</summary>
    public static string StoryTime(ExerciseReview review, TimeSpan offset) =>
        Core.Scenarios.StoryClock.Format(review.ToStoryClock(), offset);

    public static string StoryTime(ExerciseReview review, TimeSpan? offset) => offset is { } t ? StoryTime(review, t) : Missing;

    /// <summary>From the story's start to the game time reached, each with the story's zone label.</summary>
    public static string StorySpan(ExerciseReview review) =>
        $"{StoryTime(review, TimeSpan.Zero)} to {StoryTime(review, review.GameTimeReached)}";

    /// <summary>A span of time such as a response time: <c>45s</c>, <c>4m 30s</c>, <c>1h 05m</c>, <c>2d 03h 10m</c>.</summary>
    public static string Duration(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        var t = TimeSpan.FromSeconds(Math.Floor(span.Duration().TotalSeconds));
        return t.TotalMinutes < 1 ? string.Create(Invariant, $"{sign}{t.Seconds}s")
            : t.TotalHours < 1 ? string.Create(Invariant, $"{sign}{t.Minutes}m {t.Seconds:00}s")
            : t.TotalDays < 1 ? string.Create(Invariant, $"{sign}{t.Hours}h {t.Minutes:00}m")
            : string.Create(Invariant, $"{sign}{t.Days}d {t.Hours:00}h {t.Minutes:00}m");
    }

    public static string Duration(TimeSpan? span) => span is { } t ? Duration(t) : Missing;

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

    /// <summary>A rating as one line: <c>S — Performed with some challenges (Eva, T+0:08)</c>, without its note.</summary>
    public static string Rating(RatingReview rating) => $"{rating.Rating} — {rating.Label} ({rating.By}, {GameTime(rating.GameTime)})";

    /// <summary>"T+0:10 of T+0:15 planned (67%)".</summary>
    public static string GameTimeReached(ExerciseReview review)
    {
        var share = review.PlannedDuration > TimeSpan.Zero
            ? string.Create(Invariant, $" ({Math.Round(100.0 * review.GameTimeReached.Ticks / review.PlannedDuration.Ticks, MidpointRounding.AwayFromZero):0}%)")
            : "";
        return $"{GameTime(review.GameTimeReached)} of {GameTime(review.PlannedDuration)} planned{share}";
    }

    public static string Lifecycle(ExerciseReview review) =>
        review.EndReason is { Length: > 0 } reason ? $"{review.Lifecycle} ({reason})" : review.Lifecycle;

    public static string DecisionOutcome(DecisionReview decision) =>
        decision.OptionId is null ? "not decided" : decision.OptionTitle ?? decision.OptionId;

    public static string DefaultApplied(DecisionReview decision) =>
        decision.OptionId is null ? Missing : decision.ByDefault ? "yes" : "no";
}
