using System.Net;
using System.Text;
using ExerciseServer.Core.Review;

namespace ExerciseServer.Reports;

/// <summary>
/// The HTML report's charts as inline SVG (no script, no external file), so the report looks the same opened from
/// disk, printed, or mailed. Geometry is in a fixed 1000-unit-wide view box that the page scales to its width.
/// Colours come from the Okabe–Ito palette, which colour-blind readers can tell apart; every kind also has its own
/// shape, so a black-and-white print still reads.
/// </summary>
internal static class SvgCharts
{
    /// <summary>The timeline's kinds in legend order, as <see cref="TimelineEntry.Kind"/> spells them.</summary>
    public static IReadOnlyList<string> TimelineKinds { get; } =
        ["received", "acknowledged", "answered", "decided", "message-sent", "message-received", "action-met", "action-missed"];

    private const double Width = 1000;
    private const double TooltipLength = 300;

    private const string Grid = "#e3e8ee";
    private const string Axis = "#9aa4b1";
    private const string Curve = "#1f4e79";
    private const string InjectMarker = "#0072b2";
    private const string DecisionMarker = "#cc79a7";

    /// <summary>One lane per team across story time, a glyph per thing that happened, with a legend.</summary>
    public static string Timeline(ExerciseReview review)
    {
        const double labelWidth = 220, right = 36, top = 24, lane = 46, axisHeight = 40, legendHeight = 30;
        var teams = review.Teams;
        var end = AxisEnd(review, teams.SelectMany(t => t.Timeline).Select(e => e.GameTime));
        var plotWidth = Width - labelWidth - right;
        double X(TimeSpan t) => labelWidth + (plotWidth * t.Ticks / end.Ticks);
        var lanesBottom = top + (teams.Count * lane);
        var height = lanesBottom + axisHeight + legendHeight;

        var svg = Open(height, $"Timeline: what each team received, acknowledged, answered, decided and sent, from {ReportText.StorySpan(review)}");
        for (var i = 0; i < teams.Count; i++)
        {
            var y = top + (i * lane);
            if (i % 2 == 0)
            {
                svg.Append($"<rect x=\"{C(labelWidth)}\" y=\"{C(y)}\" width=\"{C(plotWidth)}\" height=\"{C(lane)}\" fill=\"#f6f8fa\"/>");
            }

            var name = teams[i].Name;
            svg.Append($"<text class=\"lane\" x=\"{C(labelWidth - 10)}\" y=\"{C(y + (lane / 2) + 4)}\" text-anchor=\"end\"><title>{H(name)}</title>{H(Shorten(name, 26))}</text>");
        }

        TimeAxis(svg, review, end, X, top, lanesBottom);
        PlannedEnd(svg, review, end, X, top, lanesBottom);

        // Things at almost the same moment would hide each other: a lane has three rows and a glyph takes the first free one.
        double[] rows = [0, -13, 13];
        for (var i = 0; i < teams.Count; i++)
        {
            var centre = top + (i * lane) + (lane / 2);
            var lastX = new[] { double.MinValue, double.MinValue, double.MinValue };
            foreach (var entry in teams[i].Timeline)
            {
                var x = X(entry.GameTime);
                var row = Array.FindIndex(lastX, last => last < x - 11);
                row = row >= 0 ? row : Array.IndexOf(lastX, lastX.Min());
                lastX[row] = x;
                var tooltip = $"{ReportText.When(review, entry.GameTime)} · {teams[i].Name} · {ReportText.Words(entry.Kind)}: {entry.Label}"
                    + (entry.Detail is { Length: > 0 } detail ? " — " + detail : "");
                svg.Append($"<g class=\"entry {H(entry.Kind)}\"><title>{H(Shorten(tooltip, (int)TooltipLength))}</title>");
                Glyph(svg, entry.Kind, x, centre + rows[row]);
                svg.Append("</g>");
            }
        }

        var legendY = lanesBottom + axisHeight + (legendHeight / 2);
        // Each legend item is as wide as its words, so long ones do not run into the next glyph.
        var legendX = 10.0;
        foreach (var kind in TimelineKinds)
        {
            var words = ReportText.Words(kind);
            Glyph(svg, kind, legendX + 8, legendY);
            svg.Append($"<text x=\"{C(legendX + 20)}\" y=\"{C(legendY + 4)}\">{H(words)}</text>");
            legendX += 44 + (words.Length * 6.4);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// A sector's inoperability (0..1) over story time, its state thresholds as dashed lines, and a vertical marker
    /// for each inject or decision that acted on it, tagged with the inject's number or the decision's key.
    /// </summary>
    public static string Sector(ExerciseReview review, SectorReview sector, ReviewLookup lookup)
    {
        const double left = 56, right = 36, top = 14, plotHeight = 210, axisHeight = 38, legendHeight = 28;
        var end = AxisEnd(review, sector.Points.Select(p => p.GameTime).Concat(sector.Markers.Select(m => m.GameTime)));
        var plotWidth = Width - left - right;
        var bottom = top + plotHeight;
        double X(TimeSpan t) => left + (plotWidth * t.Ticks / end.Ticks);
        double Y(double q) => top + ((1 - Math.Clamp(q, 0, 1)) * plotHeight);

        var svg = Open(bottom + axisHeight + legendHeight, $"{sector.Name}: inoperability over story time, peak {ReportText.Fraction(sector.Peak)} at {ReportText.When(review, sector.PeakAt)}");
        foreach (var q in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Append($"<line x1=\"{C(left)}\" x2=\"{C(left + plotWidth)}\" y1=\"{C(Y(q))}\" y2=\"{C(Y(q))}\" stroke=\"{Grid}\"/>");
            svg.Append($"<text x=\"{C(left - 8)}\" y=\"{C(Y(q) + 4)}\" text-anchor=\"end\">{ReportText.Fraction(q)}</text>");
        }

        TimeAxis(svg, review, end, X, top, bottom);
        PlannedEnd(svg, review, end, X, top, bottom);

        foreach (var (name, value, colour) in new[] { ("degraded", sector.Degraded, "#e69f00"), ("disrupted", sector.Disrupted, "#d55e00"), ("failed", sector.Failed, "#a50f15") })
        {
            if (value is > 0 and <= 1)
            {
                svg.Append($"<line class=\"threshold\" x1=\"{C(left)}\" x2=\"{C(left + plotWidth)}\" y1=\"{C(Y(value))}\" y2=\"{C(Y(value))}\" stroke=\"{colour}\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"><title>{name} from {ReportText.Fraction(value)}</title></line>");
                svg.Append($"<text x=\"{C(left + plotWidth - 4)}\" y=\"{C(Y(value) - 4)}\" text-anchor=\"end\" fill=\"{colour}\">{name} {ReportText.Fraction(value)}</text>");
            }
        }

        if (sector.Points.Count > 0)
        {
            var line = string.Join(' ', sector.Points.Select(p => $"{C(X(p.GameTime))},{C(Y(p.Inoperability))}"));
            var area = $"{C(X(sector.Points[0].GameTime))},{C(bottom)} {line} {C(X(sector.Points[^1].GameTime))},{C(bottom)}";
            svg.Append($"<polygon points=\"{area}\" fill=\"{Curve}\" fill-opacity=\"0.08\"/>");
            svg.Append($"<polyline class=\"curve\" points=\"{line}\" fill=\"none\" stroke=\"{Curve}\" stroke-width=\"2.2\" stroke-linejoin=\"round\"/>");
        }

        // Tags of markers close together stack downwards instead of printing over each other.
        var placed = new List<double>();
        foreach (var marker in sector.Markers.OrderBy(m => m.GameTime))
        {
            var x = X(marker.GameTime);
            var stack = placed.Count(p => Math.Abs(p - x) < 34);
            placed.Add(x);
            var isDecision = marker.Kind == "decision";
            var colour = isDecision ? DecisionMarker : InjectMarker;
            var dash = isDecision ? " stroke-dasharray=\"3 3\"" : "";
            var key = lookup.MarkerKey(marker);
            var who = marker.Team is { } team ? $" ({lookup.TeamName(team)})" : "";
            svg.Append($"<g class=\"marker {(isDecision ? "decision" : "inject")}\"><title>{H($"{ReportText.When(review, marker.GameTime)} · {marker.Kind} {key}{who}: {marker.Label} — {ReportText.Effect(marker)}")}</title>");
            svg.Append($"<line x1=\"{C(x)}\" x2=\"{C(x)}\" y1=\"{C(top)}\" y2=\"{C(bottom)}\" stroke=\"{colour}\" stroke-width=\"1.6\"{dash}/>");
            svg.Append($"<text class=\"tag\" x=\"{C(x + 4)}\" y=\"{C(top + 12 + (stack * 13))}\" fill=\"{colour}\">{H(key)}</text></g>");
        }

        svg.Append($"<circle cx=\"{C(X(sector.PeakAt))}\" cy=\"{C(Y(sector.Peak))}\" r=\"4.5\" fill=\"#b3261e\" stroke=\"#fff\" stroke-width=\"1.5\"><title>Peak {ReportText.Fraction(sector.Peak)} at {ReportText.When(review, sector.PeakAt)}</title></circle>");

        var legendY = bottom + axisHeight + (legendHeight / 2);
        var x0 = left;
        svg.Append($"<line x1=\"{C(x0)}\" x2=\"{C(x0 + 22)}\" y1=\"{C(legendY)}\" y2=\"{C(legendY)}\" stroke=\"{Curve}\" stroke-width=\"2.2\"/><text x=\"{C(x0 + 28)}\" y=\"{C(legendY + 4)}\">inoperability</text>");
        x0 += 130;
        svg.Append($"<line x1=\"{C(x0 + 8)}\" x2=\"{C(x0 + 8)}\" y1=\"{C(legendY - 8)}\" y2=\"{C(legendY + 8)}\" stroke=\"{InjectMarker}\" stroke-width=\"1.6\"/><text x=\"{C(x0 + 18)}\" y=\"{C(legendY + 4)}\">inject (#number)</text>");
        x0 += 140;
        svg.Append($"<line x1=\"{C(x0 + 8)}\" x2=\"{C(x0 + 8)}\" y1=\"{C(legendY - 8)}\" y2=\"{C(legendY + 8)}\" stroke=\"{DecisionMarker}\" stroke-width=\"1.6\" stroke-dasharray=\"3 3\"/><text x=\"{C(x0 + 18)}\" y=\"{C(legendY + 4)}\">decision (D number)</text>");
        x0 += 160;
        svg.Append($"<line x1=\"{C(x0)}\" x2=\"{C(x0 + 22)}\" y1=\"{C(legendY)}\" y2=\"{C(legendY)}\" stroke=\"#d55e00\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"/><text x=\"{C(x0 + 28)}\" y=\"{C(legendY + 4)}\">state threshold</text>");
        x0 += 140;
        svg.Append($"<circle cx=\"{C(x0 + 6)}\" cy=\"{C(legendY)}\" r=\"4.5\" fill=\"#b3261e\"/><text x=\"{C(x0 + 16)}\" y=\"{C(legendY + 4)}\">peak</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A distinct shape and colour per timeline kind, centred on (x, y).</summary>
    private static void Glyph(StringBuilder svg, string kind, double x, double y)
    {
        string P(double dx, double dy) => $"{C(x + dx)},{C(y + dy)}";
        svg.Append(kind switch
        {
            "received" => $"<circle cx=\"{C(x)}\" cy=\"{C(y)}\" r=\"5.5\" fill=\"#fff\" stroke=\"#0072b2\" stroke-width=\"2\"/>",
            "acknowledged" => $"<circle cx=\"{C(x)}\" cy=\"{C(y)}\" r=\"4.5\" fill=\"#56b4e9\"/>",
            "answered" => $"<rect x=\"{C(x - 5)}\" y=\"{C(y - 5)}\" width=\"10\" height=\"10\" fill=\"#009e73\"/>",
            "decided" => $"<path d=\"M{P(0, -7)} L{P(7, 0)} L{P(0, 7)} L{P(-7, 0)} Z\" fill=\"#cc79a7\"/>",
            "message-sent" => $"<path d=\"M{P(-5, -6)} L{P(6, 0)} L{P(-5, 6)} Z\" fill=\"#e69f00\"/>",
            "message-received" => $"<path d=\"M{P(5, -6)} L{P(-6, 0)} L{P(5, 6)} Z\" fill=\"#fff\" stroke=\"#e69f00\" stroke-width=\"1.8\"/>",
            "action-met" => $"<path d=\"M{P(-6, 0)} L{P(-2, 5)} L{P(6, -6)}\" fill=\"none\" stroke=\"#117733\" stroke-width=\"2.6\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
            "action-missed" => $"<path d=\"M{P(-5, -5)} L{P(5, 5)} M{P(5, -5)} L{P(-5, 5)}\" stroke=\"#d55e00\" stroke-width=\"3\" stroke-linecap=\"round\"/>",
            _ => $"<circle cx=\"{C(x)}\" cy=\"{C(y)}\" r=\"3.5\" fill=\"#9aa4b1\"/>",
        });
    }

    private static StringBuilder Open(double height, string title) =>
        new StringBuilder()
            .Append($"<svg class=\"chart\" viewBox=\"0 0 {C(Width)} {C(height)}\" width=\"100%\" role=\"img\" aria-label=\"{H(title)}\">")
            .Append($"<title>{H(title)}</title>");

    /// <summary>
    /// Vertical grid lines at round times of the story clock, labelled under the plot with the story's weekday and
    /// time (<c>Mon 07:10</c>) as the report's time columns write it, each with its full story time and game offset
    /// as a tooltip; the zone is named once under the labels.
    /// </summary>
    private static void TimeAxis(StringBuilder svg, ExerciseReview review, TimeSpan end, Func<TimeSpan, double> x, double top, double bottom)
    {
        var step = TickStep(end);
        for (var t = FirstRoundTick(review, step); t <= end; t += step)
        {
            svg.Append($"<line x1=\"{C(x(t))}\" x2=\"{C(x(t))}\" y1=\"{C(top)}\" y2=\"{C(bottom)}\" stroke=\"{Grid}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(x(t))}\" y=\"{C(bottom + 16)}\" text-anchor=\"middle\"><title>{H(ReportText.When(review, t))}</title>{H(ReportText.StoryDayTime(review, t))}</text>");
        }

        svg.Append($"<line x1=\"{C(x(TimeSpan.Zero))}\" x2=\"{C(x(end))}\" y1=\"{C(bottom)}\" y2=\"{C(bottom)}\" stroke=\"{Axis}\"/>");
        svg.Append($"<text class=\"zone\" x=\"{C(x(end))}\" y=\"{C(bottom + 31)}\" text-anchor=\"end\">story time, {H(ReportText.StoryZone(review))}</text>");
    }

    /// <summary>The first game time at which the story clock reads a whole step (07:10, not 07:03, for ten minutes).</summary>
    private static TimeSpan FirstRoundTick(ExerciseReview review, TimeSpan step)
    {
        var past = Core.Scenarios.StoryClock.At(review.ToStoryClock(), TimeSpan.Zero).TimeOfDay.Ticks % step.Ticks;
        return past == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(step.Ticks - past);
    }

    private static void PlannedEnd(StringBuilder svg, ExerciseReview review, TimeSpan end, Func<TimeSpan, double> x, double top, double bottom)
    {
        if (review.PlannedDuration > TimeSpan.Zero && review.PlannedDuration <= end)
        {
            var at = C(x(review.PlannedDuration));
            svg.Append($"<line x1=\"{at}\" x2=\"{at}\" y1=\"{C(top - 4)}\" y2=\"{C(bottom)}\" stroke=\"{Axis}\" stroke-dasharray=\"2 3\"><title>planned end {H(ReportText.When(review, review.PlannedDuration))}</title></line>");
        }
    }

    /// <summary>The axis runs to the planned end or to the last thing shown, whichever is later.</summary>
    private static TimeSpan AxisEnd(ExerciseReview review, IEnumerable<TimeSpan> times)
    {
        var end = new[] { review.PlannedDuration, review.GameTimeReached, TimeSpan.FromMinutes(1) }.Concat(times).Max();
        return end;
    }

    /// <summary>The smallest round step that gives at most ten ticks.</summary>
    private static TimeSpan TickStep(TimeSpan end)
    {
        int[] minutes = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440];
        foreach (var m in minutes)
        {
            if (end.TotalMinutes / m <= 10)
            {
                return TimeSpan.FromMinutes(m);
            }
        }

        return TimeSpan.FromDays(Math.Ceiling(end.TotalDays / 10));
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private static string C(double value) => ReportText.Coordinate(value);

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
