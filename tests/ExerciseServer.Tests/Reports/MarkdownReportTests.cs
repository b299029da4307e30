using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class MarkdownReportTests
{
    private static readonly string[] Headings =
    [
        "## 1. Overview", "## 2. Figures", "## 3. Timeline", "## 4. Expected actions", "## 5. Sectors", "## 6. Decisions",
        "## 7. Objectives", "## 8. Strengths and areas for improvement", "## 9. Improvement plan", "## 10. Hot wash",
        "## 11. Observations", "## 12. Injects and responses",
    ];

    [Fact]
    public async Task Every_section_heading_is_there_in_order()
    {
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);

        Assert.StartsWith("# Quickstart rehearsal &lt;Team A &amp; B&gt;\n", markdown, StringComparison.Ordinal);
        var last = -1;
        foreach (var heading in Headings)
        {
            var at = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.True(at > last, $"'{heading}' is missing or out of order");
            last = at;
        }
    }

    [Fact]
    public async Task Pipes_line_breaks_and_markup_in_player_text_are_escaped()
    {
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);

        Assert.Contains(@"Landing station confirms \| loss of light", markdown, StringComparison.Ordinal);
        Assert.Contains("Told RIA by phone, \"HEL–TLL-2\" is dark;<br>rerouting is next", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_table_row_has_as_many_cells_as_its_header()
    {
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);

        var tables = 0;
        int? columns = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            var cells = UnescapedPipes(line);
            tables += columns is null ? 1 : 0;
            columns ??= cells;
            Assert.True(columns == cells, $"{cells} pipes instead of {columns} in: {line}");
        }

        Assert.True(tables >= 8, $"only {tables} tables");
    }

    [Fact]
    public async Task It_shows_times_as_game_time_story_time_and_durations()
    {
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);

        Assert.Contains("| Mon 12 Jan 07:04 UTC+02:00 (T+4m) | answered |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Median response time | 1m30s |", markdown, StringComparison.Ordinal);
        Assert.Contains("**✗ missed**", markdown, StringComparison.Ordinal);
        Assert.Contains("*no answer*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sector_curves_in_words_and_ratings_are_in_story_time()
    {
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);

        Assert.Contains("Inoperability by story time (UTC+02:00): Mon 07:00 0.00 · ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Inoperability: T+", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Rating:** S Performed with some challenges · evaluator: Eva · Mon 12 Jan 07:09 UTC+02:00 (T+9m) — Finland was quick", markdown, StringComparison.Ordinal);
        Assert.Contains("| P Performed without challenges · evaluator: Eva · Mon 12 Jan 07:09 UTC+02:00 (T+9m) |", markdown, StringComparison.Ordinal);
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
