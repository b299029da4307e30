using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class ReportFormatsTests
{
    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("Markdown", ReportFormat.Markdown)]
    [InlineData("HTML", ReportFormat.Html)]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("JSONL", ReportFormat.Json)]
    [InlineData("Csv", ReportFormat.Csv)]
    public void Names_are_read_in_any_case(string name, ReportFormat expected)
    {
        Assert.True(ReportFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pdf")]
    [InlineData("htm")]
    public void Other_names_are_refused(string? name) => Assert.False(ReportFormats.TryParse(name, out _));

    [Fact]
    public void Every_offered_name_parses() =>
        Assert.All(ReportFormats.Names, name => Assert.True(ReportFormats.TryParse(name, out _)));

    [Theory]
    [InlineData(ReportFormat.Markdown, "ex-1-report.md", "text/markdown; charset=utf-8")]
    [InlineData(ReportFormat.Html, "ex-1-report.html", "text/html; charset=utf-8")]
    [InlineData(ReportFormat.Json, "ex-1-events.jsonl", "application/jsonl; charset=utf-8")]
    [InlineData(ReportFormat.Csv, "ex-1-msel.csv", "text/csv; charset=utf-8")]
    public void Each_format_has_its_file_name_and_media_type(ReportFormat format, string fileName, string contentType)
    {
        Assert.Equal(fileName, ReportFormats.FileName("ex-1", format));
        Assert.Equal(contentType, ReportFormats.ContentType(format));
    }

    [Fact]
    public void The_names_are_the_four_formats() => Assert.Equal(["md", "html", "json", "csv"], ReportFormats.Names);
}
