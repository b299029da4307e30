using ExerciseServer.Core.Msel;

namespace ExerciseServer.Core.Tests.Msel;

public sealed class MselTimeCellTests
{
    [Theory]
    [InlineData("T+2", 120)]
    [InlineData("T + 0.5", 30)]
    [InlineData("D+2 H+3", (2 * 24 * 60) + 180)]
    [InlineData("J+1 H+1 M+5", (24 * 60) + 65)]
    [InlineData("1h30m", 90)]
    [InlineData("PT45M", 45)]
    [InlineData("0", 0)]
    public void An_offset_is_read_in_every_form_sheets_use(string text, int minutes)
    {
        var (wall, offset, problem) = MselTimeCell.Read(new MselCellValue(text), TimeSpan.FromHours(1));

        Assert.Null(problem);
        Assert.Null(wall);
        Assert.Equal(TimeSpan.FromMinutes(minutes), offset);
    }

    [Theory]
    [InlineData("2027-01-18 06:18")]
    [InlineData("2027-01-18T06:18")]
    [InlineData("2027-01-18 06:18:00")]
    [InlineData("Mon Jan 18 2027 06:18 AM")]
    [InlineData("18/01/2027 06:18")]
    public void A_date_written_as_text_is_a_story_wall_time(string text)
    {
        var (wall, offset, problem) = MselTimeCell.Read(new MselCellValue(text), TimeSpan.FromHours(1));

        Assert.Null(problem);
        Assert.Null(offset);
        Assert.Equal(new DateTime(2027, 1, 18, 6, 18, 0), wall);
    }

    [Fact]
    public void A_typed_date_is_taken_as_it_is_and_the_unit_of_T_plus_can_be_changed()
    {
        var date = new DateTime(2027, 1, 18, 6, 18, 0);

        Assert.Equal(date, MselTimeCell.Read(MselCellValue.OfDate(date), TimeSpan.FromHours(1)).Wall);
        Assert.Equal(TimeSpan.FromMinutes(2), MselTimeCell.Read(new MselCellValue("T+2"), TimeSpan.FromMinutes(1)).Offset);
    }

    [Theory]
    [InlineData("half past seven", "'half past seven' is neither a date and time (2027-01-18 06:18) nor an offset (T+2, D+1 H+3, 1h30m)")]
    [InlineData("1:30", "'1:30' is neither a date and time (2027-01-18 06:18) nor an offset (T+2, D+1 H+3, 1h30m)")]
    [InlineData("2027-01-18T06:18:00+02:00", "'2027-01-18T06:18:00+02:00' has a time-zone offset; write the story's wall-clock time (2027-01-18 06:18) as the scenario clock gives it")]
    public void Anything_else_is_a_problem_that_says_what_is_accepted(string text, string expected)
    {
        var (wall, offset, problem) = MselTimeCell.Read(new MselCellValue(text), TimeSpan.FromHours(1));

        Assert.Equal((null, null, expected), (wall, offset, problem));
    }
}
