using System.Text.RegularExpressions;
using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed partial class HtmlReportTests
{
    [Fact]
    public async Task The_report_is_one_self_contained_page_without_script_or_outside_links()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Quickstart rehearsal &lt;Team A &amp; B&gt; — after-action report</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(AttributeWithSource(), html);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Links().Matches(html), link => Assert.StartsWith("#", link.Groups["target"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Player_text_is_encoded_not_run()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Landing station confirms | loss of light", html, StringComparison.Ordinal);
        Assert.Contains("Told RIA by phone, &quot;HEL–TLL-2&quot; is dark;\nrerouting is next", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_draws_the_timeline_and_one_chart_per_sector()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);
        var review = ScriptedExercise.Shared.Review;

        Assert.Equal(review.Sectors.Count + 1, Occurrences(html, "<svg"));
        Assert.Equal(Occurrences(html, "<svg"), Occurrences(html, "</svg>"));
        foreach (var kind in new[] { "received", "acknowledged", "answered", "decided", "message-sent", "message-received", "action-met", "action-missed" })
        {
            Assert.Contains($"<g class=\"entry {kind}\"><title>", html, StringComparison.Ordinal);
        }

        Assert.Contains("class=\"marker inject\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"marker decision\"", html, StringComparison.Ordinal);
        Assert.Contains("degraded 0.05", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_charts_time_axes_read_story_time_with_the_offset_in_each_ticks_tooltip()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);
        var charts = ScriptedExercise.Shared.Review.Sectors.Count + 1;

        // The quickstart starts Mon 12 Jan 07:00 UTC+02:00 and is planned for 15m: a tick every two minutes.
        Assert.Equal(charts, Occurrences(html, "<title>Mon 12 Jan 07:04 UTC+02:00 (T+4m)</title>Mon 07:04</text>"));
        Assert.Equal(charts, Occurrences(html, "<title>Mon 12 Jan 07:14 UTC+02:00 (T+14m)</title>Mon 07:14</text>"));
        Assert.Equal(charts, Occurrences(html, ">story time, UTC+02:00</text>"));
        Assert.DoesNotContain("text-anchor=\"middle\">T+", html, StringComparison.Ordinal);
        Assert.Contains("<title>planned end Mon 12 Jan 07:15 UTC+02:00 (T+15m)</title>", html, StringComparison.Ordinal);
        Assert.Contains("One lane per team over story time (UTC+02:00)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticks_fall_on_round_story_times_when_the_story_starts_between_them()
    {
        var review = ScriptedExercise.Shared.Review with { StoryStart = new DateTimeOffset(2026, 1, 12, 7, 3, 0, TimeSpan.FromHours(2)) };

        var html = HtmlReportWriter.Render(review, null);

        Assert.Contains("<title>Mon 12 Jan 07:04 UTC+02:00 (T+1m)</title>Mon 07:04</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Mon 07:03</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Mon 07:05</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_says_who_rated_and_when_in_story_time()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        // Eva rated the objective nine game minutes in.
        Assert.Contains("<span class=\"rating\" title=\"Unable to be performed\">U</span> Unable to be performed <span class=\"muted\">&#183; evaluator: Eva &#183; Mon 12 Jan 07:09 UTC+02:00 (T+9m)</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eva, T+", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_section_is_there_in_order_and_linked_from_the_contents()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        var last = -1;
        foreach (var anchor in new[] { "overview", "figures", "timeline", "expected-actions", "sectors", "decisions", "objectives", "findings", "improvement-plan", "hot-wash", "observations", "injects" })
        {
            Assert.Contains($"<a href=\"#{anchor}\">", html, StringComparison.Ordinal);
            var at = html.IndexOf($"<section id=\"{anchor}\">", StringComparison.Ordinal);
            Assert.True(at > last, $"section {anchor} is missing or out of order");
            last = at;
        }

        foreach (var tag in new[] { "section", "table", "figure", "article", "ul", "dl", "g" })
        {
            Assert.Equal(Occurrences(html, $"<{tag}>") + Occurrences(html, $"<{tag} "), Occurrences(html, $"</{tag}>"));
        }
    }

    [Fact]
    public async Task Missed_actions_stand_out_and_the_review_details_are_shown()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        Assert.Contains("<tr class=\"missed\">", html, StringComparison.Ordinal);
        Assert.Contains("✗ missed", html, StringComparison.Ordinal);
        Assert.Contains("Finland told Estonia within three minutes.", html, StringComparison.Ordinal);
        Assert.Contains("Add the chat channel to the RIA duty checklist.", html, StringComparison.Ordinal);
        Assert.Contains("2026-04-30", html, StringComparison.Ordinal);
        Assert.Contains("About three minutes, by phone.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"none\">no answer</span>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>P</strong> Performed without challenges", html, StringComparison.Ordinal);
        Assert.Contains("Reroute now", html, StringComparison.Ordinal);
        Assert.Contains("2026-03-02 08:00 UTC", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_prints_well_on_A4()
    {
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);

        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", html, StringComparison.Ordinal);
        Assert.Contains("break-after: avoid", html, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"\ssrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeWithSource();

    [GeneratedRegex("""href\s*=\s*["']?(?<target>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Links();
}
