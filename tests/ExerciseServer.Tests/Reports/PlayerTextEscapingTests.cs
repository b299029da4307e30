using System.Text.Json;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// Every player-written field × every report format, from the <see cref="PlayerFields"/> table: where the field
/// appears, its payload is there in the format's escaped form and nowhere in any other form; where it does not
/// appear, no trace of it is there.
/// </summary>
public sealed partial class PlayerTextEscapingTests
{
    private static readonly ReportFormat[] Formats = [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv, ReportFormat.Json];

    public static TheoryData<string, ReportFormat> Cases()
    {
        var cases = new TheoryData<string, ReportFormat>();
        foreach (var field in PlayerFields.All)
        {
            foreach (var format in Formats)
            {
                cases.Add(field.Name, format);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_field_appears_only_escaped(string fieldName, ReportFormat format)
    {
        var field = PlayerFields.All.Single(f => f.Name == fieldName);
        var output = await MarkupExercise.Shared.RenderAsync(format);

        if (!field.AppearsIn.Contains(format))
        {
            Assert.DoesNotContain(field.Tag, output, StringComparison.Ordinal);
            return;
        }

        switch (format)
        {
            case ReportFormat.Html:
                OnlyIn(output, EscapedForms.Html(field.Stored), field.Tag);
                break;
            case ReportFormat.Markdown:
                MarkdownOnlyEscaped(output, field);
                break;
            case ReportFormat.Csv:
                CsvCellsNeutralised(output, field);
                break;
            case ReportFormat.Json:
                JsonRoundTrips(output, field);
                break;
        }
    }

    [Fact]
    public async Task The_html_report_holds_no_element_a_player_wrote()
    {
        var html = await MarkupExercise.Shared.RenderAsync(ReportFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"'", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_report_keeps_its_tables_whole_and_has_no_link_code_or_html_a_player_wrote()
    {
        var markdown = await MarkupExercise.Shared.RenderAsync(ReportFormat.Markdown);
        var lines = markdown.Split('\n');

        int? columns = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            columns ??= EscapedForms.CellSeparators(line);
            Assert.True(columns == EscapedForms.CellSeparators(line), $"a table row with a different number of cells:\n{line}");
        }

        Assert.False(EscapedForms.HasUnescapedLinkOrCode(markdown), "an unescaped [, ] or ` in the Markdown report");
        Assert.DoesNotContain("<", markdown.Replace("<br>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_report_is_strict_rfc_4180_with_one_column_count()
    {
        var records = Rfc4180.Parse(await MarkupExercise.Shared.RenderAsync(ReportFormat.Csv));

        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        Assert.Contains(records, r => r.Any(c => c.Contains(PlayerFields.AdHocTitle.Tag, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The escaped form is there, and once every copy of it is taken out, nothing of the payload is left but
    /// escaped beginnings of it cut short with an ellipsis (chart tooltips shorten long text).
    /// </summary>
    private static void OnlyIn(string output, string escaped, string tag)
    {
        Assert.Contains(escaped, output, StringComparison.Ordinal);
        var rest = output.Replace(escaped, "", StringComparison.Ordinal);
        var lead = escaped[..escaped.IndexOf(tag, StringComparison.Ordinal)];
        for (var at = rest.IndexOf(tag, StringComparison.Ordinal); at >= 0; at = rest.IndexOf(tag, at, StringComparison.Ordinal))
        {
            var start = at - lead.Length;
            var same = 0;
            while (start >= 0 && start + same < rest.Length && same < escaped.Length && rest[start + same] == escaped[same])
            {
                same++;
            }

            Assert.True(same > lead.Length + tag.Length && rest[start + same] == '…',
                $"the payload appears in another form:\n{rest[Math.Max(0, at - 80)..Math.Min(rest.Length, at + 200)]}");
            at = start + same;
        }
    }

    /// <summary>
    /// Inline, the payload is escaped (from its tag on: its first characters may carry one more escape at the start
    /// of a list item); and every line it is on is a table row or a list item that opens no block of its own.
    /// </summary>
    private static void MarkdownOnlyEscaped(string markdown, PlayerField field)
    {
        var fromTag = field.Stored[field.Stored.IndexOf(field.Tag, StringComparison.Ordinal)..];
        OnlyIn(markdown, EscapedForms.Markdown(fromTag), field.Tag);
        foreach (var line in markdown.Split('\n').Where(l => l.Contains(field.Tag, StringComparison.Ordinal)))
        {
            var item = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : null;
            Assert.True(line.StartsWith("| ", StringComparison.Ordinal) || (item is not null && !EscapedForms.OpensABlock(item)),
                $"{field.Name} is on a line that is neither a table row nor a plain list item:\n{line}");
        }
    }

    /// <summary>Each cell holding the payload holds it whole and does not start like a formula.</summary>
    private static void CsvCellsNeutralised(string csv, PlayerField field)
    {
        var cells = Rfc4180.Parse(csv).SelectMany(r => r).Where(c => c.Contains(field.Tag, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, cell =>
        {
            Assert.Contains(field.Stored, cell, StringComparison.Ordinal);
            Assert.DoesNotContain(cell[0], EscapedForms.FormulaStarts);
        });
    }

    /// <summary>The line holding the payload reads back to the same event, and the payload comes back character for character.</summary>
    private static void JsonRoundTrips(string jsonl, PlayerField field)
    {
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(field.Tag, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        Assert.Contains(lines, line => Strings(JsonDocument.Parse(line).RootElement).Contains(field.Stored));
        // The export adds storyTime to the stored form; the rest is the stored line, byte for byte.
        Assert.All(lines, line => Assert.Equal(
            StoryTimeField().Replace(line, "", 1),
            JsonSerializer.Serialize(JsonSerializer.Deserialize<ExerciseEvent>(line, StorageJson.Options), StorageJson.Options)));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(",\"storyTime\":\"[^\"]*\"")]
    private static partial Regex StoryTimeField();
}
