using System.Text;
using ExerciseServer.Core.Review;
using ExerciseServer.Reports.Document;

namespace ExerciseServer.Reports;

/// <summary>
/// The after-action report as GitHub-flavoured Markdown, for wikis and repositories. Text from the scenario and
/// from players is escaped so it cannot break a table (pipes, line breaks) or smuggle in HTML. What the report says
/// is the <see cref="ReportDocument"/>; this only marks it up.
/// </summary>
internal sealed class MarkdownReportWriter : ReportRenderer
{
    public static string Render(ExerciseReview review) => new MarkdownReportWriter().Render(ReportDocumentBuilder.Build(review));

    protected override void Begin(ReportDocument document) =>
        Output.Append($"# {Md(document.Title)}\n\nAfter-action report · {Md(document.Subtitle)}\n\n");

    protected override void BeginSection(ReportSection section) =>
        Output.Append($"## {section.Number}. {Md(section.Title)}\n\n");

    protected override void EndSection()
    {
        // A section ends where the next heading starts.
    }

    protected override void End(ReportDocument document) => Output.Append($"---\n\n{Md(document.Footer)}\n");

    protected override void Paragraph(ReportParagraph paragraph) => Output.Append(Inline(paragraph.Content)).Append("\n\n");

    protected override void Heading(ReportHeading heading) =>
        Output.Append('#', heading.Level).Append(' ').Append(Md(heading.Text)).Append("\n\n");

    protected override void Table(ReportTable table)
    {
        Output.Append("| ").AppendJoin(" | ", table.Headers.Select(Md)).Append(" |\n|");
        foreach (var _ in table.Headers)
        {
            Output.Append(" --- |");
        }

        Output.Append('\n');
        foreach (var row in table.Rows)
        {
            Output.Append("| ").AppendJoin(" | ", row.Cells.Select(c => Inline(c) is { Length: > 0 } cell ? cell : " ")).Append(" |\n");
        }

        Output.Append('\n');
    }

    protected override void List(ReportList list)
    {
        foreach (var item in list.Items)
        {
            Output.Append("- ").Append(PlainLineStart(Inline(item))).Append('\n');
        }

        Output.Append('\n');
    }

    protected override void Facts(ReportFacts facts)
    {
        foreach (var fact in facts.Facts)
        {
            Output.Append($"- **{Md(fact.Term)}:** {Inline(fact.Value)}\n");
        }

        Output.Append('\n');
    }

    /// <summary>Markdown has no cards: the figures are a table of their own.</summary>
    protected override void Figures(ReportFigures figures) =>
        Table(new ReportTable(["Figure", "Value", "Note"], figures.Figures.Select(f => ReportInlines.Row(
            [ReportInline.Plain(f.Label)], [ReportInline.Plain(f.Value)], [ReportInline.Plain(f.Note)])).ToList()));

    /// <summary>No pictures: what the chart shows in words, where the document gives them.</summary>
    protected override void Chart(ReportChart chart)
    {
        if (chart.InText is { } text)
        {
            Output.Append(Inline(text)).Append("\n\n");
        }
    }

    protected override void Group(ReportGroup group)
    {
        Output.Append($"### {Md(group.Heading)}\n\n");
        Blocks(group.Blocks);
    }

    protected override void Columns(ReportColumns columns)
    {
        foreach (var column in columns.Columns)
        {
            Blocks(column);
        }
    }

    /// <summary>
    /// Each body is Markdown already, so it goes in as written, except that '&lt;' is escaped — HTML in a body is text,
    /// as in the web client and the HTML report. Images keep their media names.
    /// </summary>
    protected override void InjectText(ReportInjectText inject)
    {
        Output.Append($"#### #{ReportText.Count(inject.Number)} {Md(inject.Title)}\n\n");
        if (inject.Body.Trim() is { Length: > 0 } body)
        {
            Output.Append(body.Replace("<", "&lt;", StringComparison.Ordinal)).Append("\n\n");
        }

        if (inject.Media.Count > 0)
        {
            Output.Append($"*Media:* {string.Join(", ", inject.Media.Select(Md))}\n\n");
        }
    }

    /// <summary>Markdown marks up only what must read differently without colour; a note follows its text after a dash.</summary>
    protected override (string Open, string Close) Markup(ReportInline part) => part.Kind switch
    {
        InlineKind.Strong or InlineKind.Alert => ("**", "**"),
        InlineKind.None => ("*", "*"),
        InlineKind.Note => (" — ", ""),
        InlineKind.Break => ("<br>", ""),
        _ => ("", ""),
    };

    protected override string Escape(string text) => Md(text);

    /// <summary>
    /// An item whose text opens like a heading (#), a nested list (- or +) or an ordered list (1. or 1)) would become
    /// one; a backslash before the marker keeps it text.
    /// </summary>
    private static string PlainLineStart(string item)
    {
        if (item.Length > 0 && item[0] is '#' or '-' or '+')
        {
            return "\\" + item;
        }

        var digits = 0;
        while (digits < item.Length && char.IsAsciiDigit(item[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits < item.Length && item[digits] is '.' or ')'
            ? item[..digits] + "\\" + item[digits..]
            : item;
    }

    /// <summary>
    /// Text that is safe anywhere in a line, table cells included: Markdown punctuation and pipes are backslash-escaped,
    /// HTML is entity-encoded (GitHub renders inline HTML), and line breaks become &lt;br&gt; so a cell stays on one row.
    /// </summary>
    internal static string Md(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("<br>");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
