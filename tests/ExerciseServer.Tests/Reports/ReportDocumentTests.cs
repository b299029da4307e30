using System.Net;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;
using ExerciseServer.Reports;
using ExerciseServer.Reports.Document;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// The report document is built once and both writers only mark it up: every table the document holds is in both
/// reports with the same headers, and every section has something to say, even for an exercise that never ran.
/// </summary>
public sealed class ReportDocumentTests
{
    [Fact]
    public async Task Every_table_of_the_document_is_in_both_reports_with_its_headers()
    {
        var document = ReportDocumentBuilder.Build(ScriptedExercise.Shared.Review);
        var html = await ScriptedExercise.RenderAsync(ReportFormat.Html);
        var markdown = await ScriptedExercise.RenderAsync(ReportFormat.Markdown);
        var tables = document.Sections.SelectMany(s => Tables(s.Blocks)).ToList();

        Assert.True(tables.Count >= 8, $"only {tables.Count} tables in the document");
        foreach (var table in tables)
        {
            var htmlHeaders = string.Concat(table.Headers.Select(h => $"<th scope=\"col\">{WebUtility.HtmlEncode(h)}</th>"));
            Assert.Contains($"<thead><tr>{htmlHeaders}</tr></thead>", html, StringComparison.Ordinal);
            Assert.Contains($"\n| {string.Join(" | ", table.Headers)} |\n|", markdown, StringComparison.Ordinal);
        }

        Assert.Equal(tables.Count, Occurrences(html, "<table"));
    }

    [Fact]
    public void Every_section_of_an_exercise_that_never_ran_says_something_and_follows_the_one_order()
    {
        var review = ReviewBuilder.Build(new ScenarioIndex(ScriptedExercise.Shared.Index.Scenario), "ex-empty", "Not yet run", []);

        var document = ReportDocumentBuilder.Build(review);

        Assert.Equal(ReportSections.All.Select(s => s.Anchor), document.Sections.Select(s => s.Anchor));
        Assert.Equal(Enumerable.Range(1, ReportSections.All.Count), document.Sections.Select(s => s.Number));
        Assert.All(document.Sections, s => Assert.NotEmpty(s.Blocks));
        Assert.Contains(document.Sections.Single(s => s.Anchor == ReportSections.Observations).Blocks, b => b == ReportParagraph.NoneRecorded);
    }

    [Theory]
    [InlineData("missed", nameof(InlineKind.Alert), "✗ missed")]
    [InlineData("met", nameof(InlineKind.Badge), "✓ met")]
    [InlineData("not-started", nameof(InlineKind.Badge), "not started")]
    public void A_status_is_written_one_way_for_every_format(string status, string kind, string text)
    {
        var inline = ReportInlines.Status(status);

        Assert.Equal(new ReportInline(Enum.Parse<InlineKind>(kind), text, status), inline);
    }

    private static IEnumerable<ReportTable> Tables(IEnumerable<ReportBlock> blocks) => blocks.SelectMany(block => block switch
    {
        ReportTable table => [table],
        ReportGroup group => Tables(group.Blocks),
        ReportColumns columns => columns.Columns.SelectMany(Tables),
        _ => [],
    });

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
