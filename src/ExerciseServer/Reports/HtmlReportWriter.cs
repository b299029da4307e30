using System.Net;
using ExerciseServer.Core.Review;
using ExerciseServer.Reports.Document;

namespace ExerciseServer.Reports;

/// <summary>
/// The after-action report as one self-contained HTML page: inline stylesheet and SVG charts, no script and no
/// link outside the page, so it opens from disk, survives being mailed, and prints on A4. Every text that comes
/// from the scenario or from players is HTML-encoded. What the report says is the <see cref="ReportDocument"/>; this
/// only marks it up.
/// </summary>
internal sealed class HtmlReportWriter(IReadOnlyDictionary<string, ReportImage> images) : ReportRenderer
{
    private ExerciseReview? _review;
    private ReviewLookup? _lookup;

    /// <param name="images">Image media files by name, embedded where the injects' bodies and media show them.</param>
    public static string Render(ExerciseReview review, IReadOnlyDictionary<string, ReportImage>? images = null) =>
        new HtmlReportWriter(images ?? new Dictionary<string, ReportImage>()).Render(ReportDocumentBuilder.Build(review));

    protected override void Begin(ReportDocument document)
    {
        _review = document.Review;
        _lookup = new ReviewLookup(document.Review);
        Output.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{H(document.Title)} — after-action report</title>\n")
            .Append("<style>\n").Append(ReportStylesheet.Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<header class=\"cover\">\n<p class=\"eyebrow\">After-action report</p>\n")
            .Append($"<h1>{H(document.Title)}</h1>\n")
            .Append($"<p class=\"subtitle\">{H(document.Subtitle)}</p>\n</header>\n")
            .Append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var section in document.Sections)
        {
            Output.Append($"<li><a href=\"#{section.Anchor}\">{H(section.Title)}</a></li>\n");
        }

        Output.Append("</ol>\n</nav>\n");
    }

    protected override void BeginSection(ReportSection section) =>
        Output.Append($"<section id=\"{section.Anchor}\">\n<h2><span class=\"num\">{section.Number}.</span>{H(section.Title)}</h2>\n");

    protected override void EndSection() => Output.Append("</section>\n");

    protected override void End(ReportDocument document) =>
        Output.Append($"<footer>{H(document.Footer)}</footer>\n</main>\n</body>\n</html>\n");

    protected override void Paragraph(ReportParagraph paragraph)
    {
        var style = paragraph.Style switch
        {
            ParagraphStyle.Summary => " class=\"summary\"",
            ParagraphStyle.Muted => " class=\"muted\"",
            ParagraphStyle.Note => " class=\"muted small\"",
            ParagraphStyle.None => " class=\"none\"",
            _ => "",
        };
        Output.Append($"<p{style}>{Inline(paragraph.Content)}</p>\n");
    }

    protected override void Heading(ReportHeading heading) =>
        Output.Append($"<h{heading.Level}>{H(heading.Text)}</h{heading.Level}>\n");

    protected override void Table(ReportTable table)
    {
        Output.Append(table.Style is null ? "<table>" : $"<table class=\"{H(table.Style)}\">").Append("\n<thead><tr>");
        foreach (var header in table.Headers)
        {
            Output.Append($"<th scope=\"col\">{H(header)}</th>");
        }

        Output.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            Output.Append(row.Mark is null ? "<tr>" : $"<tr class=\"{H(row.Mark)}\">");
            foreach (var cell in row.Cells)
            {
                Output.Append("<td>").Append(Inline(cell)).Append("</td>");
            }

            Output.Append("</tr>\n");
        }

        Output.Append("</tbody>\n</table>\n");
    }

    protected override void List(ReportList list)
    {
        Output.Append($"<ul class=\"{H(list.Style ?? "plain")}\">\n");
        foreach (var item in list.Items)
        {
            Output.Append("<li>").Append(Inline(item)).Append("</li>\n");
        }

        Output.Append("</ul>\n");
    }

    protected override void Facts(ReportFacts facts)
    {
        Output.Append($"<dl class=\"{H(facts.Style)}\">\n");
        foreach (var fact in facts.Facts)
        {
            Output.Append($"<dt>{H(fact.Term)}</dt><dd>{Inline(fact.Value)}</dd>\n");
        }

        Output.Append("</dl>\n");
    }

    protected override void Figures(ReportFigures figures)
    {
        Output.Append("<div class=\"figures\">\n");
        foreach (var f in figures.Figures)
        {
            Output.Append($"<div class=\"figure{(f.Tone is null ? "" : " " + f.Tone)}\"><div class=\"value\">{H(f.Value)}</div><div class=\"label\">{H(f.Label)}</div><div class=\"note\">{H(f.Note)}</div></div>\n");
        }

        Output.Append("</div>\n");
    }

    /// <summary>The chart as inline SVG; the text alternative is for formats without pictures, the SVG has its own title.</summary>
    protected override void Chart(ReportChart chart)
    {
        if (_review is null || _lookup is null)
        {
            throw new InvalidOperationException("A chart before the report's beginning.");
        }

        var svg = chart.Sector is { } sector ? SvgCharts.Sector(_review, sector, _lookup) : SvgCharts.Timeline(_review);
        Output.Append("<figure class=\"chart\">").Append(svg).Append($"<figcaption>{H(chart.Caption)}</figcaption></figure>\n");
    }

    protected override void Group(ReportGroup group)
    {
        Output.Append($"<article class=\"{H(group.Style)}\">\n<h3>{H(group.Heading)}</h3>\n");
        Blocks(group.Blocks);
        Output.Append("</article>\n");
    }

    protected override void Columns(ReportColumns columns)
    {
        Output.Append("<div class=\"columns\">\n");
        foreach (var column in columns.Columns)
        {
            Output.Append("<div>\n");
            Blocks(column);
            Output.Append("</div>\n");
        }

        Output.Append("</div>\n");
    }

    /// <summary>The body as Markdown, then the media the body does not show: images embedded, other files by name.</summary>
    protected override void InjectText(ReportInjectText inject)
    {
        Output.Append($"<details class=\"inject-text\" open><summary>#{ReportText.Count(inject.Number)} {H(inject.Title)}</summary>\n")
            .Append(ReportMarkdown.ToHtml(inject.Body, inject.Media, images));
        foreach (var name in inject.Media.Where(m => !inject.Body.Contains($"]({m})", StringComparison.Ordinal)))
        {
            Output.Append(images.TryGetValue(name, out var image)
                ? $"<figure><img src=\"{image.DataUri}\" alt=\"{H(name)}\"><figcaption>{H(name)}</figcaption></figure>\n"
                : $"<p class=\"muted small\">Attached: {H(name)}</p>\n");
        }

        Output.Append("</details>\n");
    }

    protected override (string Open, string Close) Markup(ReportInline part) => part.Kind switch
    {
        InlineKind.Strong => ("<strong>", "</strong>"),
        InlineKind.Muted => ("<span class=\"muted\">", "</span>"),
        InlineKind.Time => ("<span class=\"time\">", "</span>"),
        InlineKind.Multiline => ("<span class=\"prewrap\">", "</span>"),
        InlineKind.None => ("<span class=\"none\">", "</span>"),
        InlineKind.Badge or InlineKind.Alert => ($"<span class=\"badge {H(part.Detail ?? "")}\">", "</span>"),
        InlineKind.Hint => ($"<span class=\"nowrap\" title=\"{H(part.Detail ?? "")}\">", "</span>"),
        InlineKind.Rating => ($"<span class=\"rating\" title=\"{H(part.Detail ?? "")}\">", "</span>"),
        InlineKind.Note => ("<div class=\"muted small prewrap\">", "</div>"),
        InlineKind.Break => ("<br>", ""),
        _ => ("", ""),
    };

    protected override string Escape(string text) => H(text);

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
