using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class MselCsvTests
{
    private static readonly string[] Header = ["number", "story time", "game time", "from", "to", "channel", "subject", "expected action", "response", "response time", "status"];

    [Fact]
    public async Task The_table_round_trips_through_an_RFC_4180_reader_with_one_row_per_recipient()
    {
        var csv = await ScriptedExercise.RenderAsync(ReportFormat.Csv);
        var review = ScriptedExercise.Shared.Review;

        var records = Rfc4180.Parse(csv);

        Assert.Equal(Header, records[0]);
        Assert.Equal(review.Injects.Sum(i => Math.Max(1, i.Recipients.Count)), records.Count - 1);
        Assert.All(records, r => Assert.Equal(Header.Length, r.Count));
        Assert.Equal(MselCsvWriter.Rows(review).Count, records.Count - 1);
    }

    [Fact]
    public async Task The_scripted_answer_keeps_its_text_and_its_response_time()
    {
        var records = Rfc4180.Parse(await ScriptedExercise.RenderAsync(ReportFormat.Csv));

        var row = Assert.Single(records, r => r[0] == "1" && r[4] == ScriptedExercise.Finland);
        Assert.Equal("2026-01-12T07:01:00+02:00", row[1]);
        Assert.Equal("1m", row[2]);
        Assert.Equal("Network operations centre (Gulf Telecom Oy)", row[3]);
        Assert.Equal("sector_alert", row[5]);
        Assert.Equal("Tell the Estonian authority what the operator reports.", row[7]);
        Assert.Equal(ScriptedExercise.QuotedAnswer, row[8]);
        Assert.Equal("3m", row[9]);
        Assert.Equal("answered", row[10]);
    }

    [Fact]
    public async Task Cells_that_look_like_formulas_are_made_plain_text()
    {
        var records = Rfc4180.Parse(await ScriptedExercise.RenderAsync(ReportFormat.Csv));

        var finland = Assert.Single(records, r => r[0] == "2" && r[4] == ScriptedExercise.Finland);
        var estonia = Assert.Single(records, r => r[0] == "2" && r[4] == ScriptedExercise.Estonia);
        Assert.Equal("'" + ScriptedExercise.FormulaAnswer, finland[8]);
        Assert.Equal(ScriptedExercise.ScriptAnswer, estonia[8]);
        Assert.Equal("1m30s", finland[9]);
        Assert.Equal("1m", estonia[9]);
    }

    [Fact]
    public async Task Unreleased_injects_show_their_schedule_or_nothing()
    {
        var records = Rfc4180.Parse(await ScriptedExercise.RenderAsync(ReportFormat.Csv));

        var reminder = Assert.Single(records, r => r[0] == "4");
        Assert.Equal("", reminder[1]);
        Assert.Equal("", reminder[2]);
        Assert.Equal("", reminder[9]);
        Assert.NotEqual("released", reminder[10]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 20", "'+31 20")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Formula_prefixes_are_neutralised(string cell, string expected) => Assert.Equal(expected, MselCsvWriter.Text(cell));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_are_quoted_only_when_they_must_be(string field, string expected) => Assert.Equal(expected, MselCsvWriter.Quote(field));
}
