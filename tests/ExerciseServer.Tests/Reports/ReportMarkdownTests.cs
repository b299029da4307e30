using System.Text;
using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

/// <summary>Inject bodies in the HTML report: the Markdown subset through Markdig, nothing active, media images embedded.</summary>
public sealed class ReportMarkdownTests
{
    private static readonly ReportImage Png = new("image/png", Encoding.ASCII.GetBytes("not really a png"));

    [Fact]
    public void Html_in_a_body_is_text_and_links_go_only_to_the_web()
    {
        var html = ReportMarkdown.ToHtml(
            "<script>alert(1)</script>\n\n[bad](javascript:alert(1)) [good](https://example.org/a) [file](sitrep.pdf)",
            ["sitrep.pdf"], new Dictionary<string, ReportImage>());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a\">good</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"sitrep.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("file", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_media_image_is_embedded_and_any_other_image_is_its_alt_text()
    {
        var html = ReportMarkdown.ToHtml("![Chart](chart.png) ![Elsewhere](https://example.org/x.png)", ["chart.png"],
            new Dictionary<string, ReportImage> { ["chart.png"] = Png });

        Assert.Contains($"<img src=\"{Png.DataUri}\" alt=\"Chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", html, StringComparison.Ordinal);
        Assert.Contains("Elsewhere", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_lists_and_headings_render_with_headings_under_the_reports_own()
    {
        var html = ReportMarkdown.ToHtml("# Situation\n\n- one\n- two\n\n| FIR | Reports |\n|---|--:|\n| Tallinn | 97 |\n", [], new Dictionary<string, ReportImage>());

        Assert.Contains("<h4", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("97", html, StringComparison.Ordinal);
    }
}
