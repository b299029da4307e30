using System.Text;

namespace ExerciseServer.Reports.Document;

/// <summary>
/// Walks a <see cref="ReportDocument"/> in order and hands each block to the format's markup; running text is
/// escaped for the format piece by piece, then wrapped in the markup of its kind. One instance renders one report.
/// </summary>
internal abstract class ReportRenderer
{
    protected StringBuilder Output { get; } = new(64 * 1024);

    public string Render(ReportDocument document)
    {
        Begin(document);
        foreach (var section in document.Sections)
        {
            BeginSection(section);
            Blocks(section.Blocks);
            EndSection();
        }

        End(document);
        return Output.ToString();
    }

    protected void Blocks(IReadOnlyList<ReportBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ReportParagraph paragraph:
                    Paragraph(paragraph);
                    break;
                case ReportHeading heading:
                    Heading(heading);
                    break;
                case ReportTable table:
                    Table(table);
                    break;
                case ReportList list:
                    List(list);
                    break;
                case ReportFacts facts:
                    Facts(facts);
                    break;
                case ReportFigures figures:
                    Figures(figures);
                    break;
                case ReportChart chart:
                    Chart(chart);
                    break;
                case ReportGroup group:
                    Group(group);
                    break;
                case ReportColumns columns:
                    Columns(columns);
                    break;
                case ReportInjectText inject:
                    InjectText(inject);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(blocks), block.GetType().Name, "Not a report block.");
            }
        }
    }

    /// <summary>Running text in the format: each piece escaped, then wrapped in its kind's markup.</summary>
    protected string Inline(IReadOnlyList<ReportInline> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            var (open, close) = Markup(part);
            text.Append(open).Append(Escape(part.Text)).Append(close);
        }

        return text.ToString();
    }

    /// <summary>What goes before and after a piece of running text of this kind.</summary>
    protected abstract (string Open, string Close) Markup(ReportInline part);

    /// <summary>Text from the scenario or from players, made safe to stand anywhere in the format.</summary>
    protected abstract string Escape(string text);

    protected abstract void Begin(ReportDocument document);

    protected abstract void BeginSection(ReportSection section);

    protected abstract void EndSection();

    protected abstract void End(ReportDocument document);

    protected abstract void Paragraph(ReportParagraph paragraph);

    protected abstract void Heading(ReportHeading heading);

    protected abstract void Table(ReportTable table);

    protected abstract void List(ReportList list);

    protected abstract void Facts(ReportFacts facts);

    protected abstract void Figures(ReportFigures figures);

    protected abstract void Chart(ReportChart chart);

    protected abstract void Group(ReportGroup group);

    protected abstract void Columns(ReportColumns columns);

    protected abstract void InjectText(ReportInjectText inject);
}
