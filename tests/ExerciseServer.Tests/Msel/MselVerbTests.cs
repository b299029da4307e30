using ExerciseServer.Msel;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Support.VerbRunner;

namespace ExerciseServer.Tests.Msel;

public sealed class MselVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msel-verb-").FullName;

    [Theory]
    [InlineData("msel", "export", "scenarios/quickstart.yaml", "-o", "out.pdf")]
    [InlineData("msel", "export", "scenarios/quickstart.yaml", "-o", "out.csv", "--colour")]
    [InlineData("msel", "import", "no-such.xlsx", "-o", "out.yaml")]
    [InlineData("msel", "import", "sheet.csv")]
    [InlineData("msel", "frobnicate")]
    public async Task A_wrong_command_line_prints_usage_and_exits_2(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_with_errors_reports_them_at_their_cells_exits_1_and_writes_nothing()
    {
        var sheet = Path.Combine(_folder, "msel.csv");
        await File.WriteAllTextAsync(sheet, "Inject ID,Story date/time,To,Channel,Subject,Trigger\r\n"
            + "a1,2026-01-12 06:00,fi-ncsc,Email,Too early,\r\n"
            + "a2,,ee-ria,Pigeon,\"Odd, \"\"quoted\"\"\nsubject\",sometime\r\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(_folder, "out.yaml");

        var (exit, _, error) = await Run("msel", "import", sheet, "--into", RepositoryPaths.Scenario("quickstart.yaml"), "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{sheet}:B2: error MS205: 2026-01-12 06:00 is before the exercise starts at 2026-01-12 07:00", error, StringComparison.Ordinal);
        Assert.Contains($"{sheet}:D3: error MS206: 'Pigeon' is not a channel; use email, news, social, phone, sitrep, sector alert or briefing", error, StringComparison.Ordinal);
        Assert.Contains($"{sheet}:F3: error MS209: 'sometime' is not a trigger", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task CSV_fields_with_quotes_commas_line_breaks_and_semicolons_are_read_whole()
    {
        var sheet = Path.Combine(_folder, "semi.csv");
        await File.WriteAllTextAsync(sheet, "Subject;To;Description\r\n\"Odd; \"\"quoted\"\", subject\";fi-ncsc;\"line one\nline two, with comma\"\r\n\r\nPlain;ee-ria;x\r\n", TestContext.Current.CancellationToken);

        await using var stream = File.OpenRead(sheet);
        var (read, problems) = MselFiles.Read(sheet, stream);

        Assert.Empty(problems);
        Assert.Equal([1, 2, 3, 4], read!.Rows.Select(r => r.Number));
        Assert.Equal("Odd; \"quoted\", subject", read.Rows[1][1]?.Text);
        Assert.Equal("line one\nline two, with comma", read.Rows[1][3]?.Text);
        Assert.True(read.Rows[2].IsBlank);
        Assert.Equal("ee-ria", read.Rows[3][2]?.Text);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_a_located_error_not_an_exception()
    {
        var sheet = Path.Combine(_folder, "broken.xlsx");
        await File.WriteAllTextAsync(sheet, "this is not a zip", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Run("msel", "import", sheet, "-o", Path.Combine(_folder, "x.yaml"));

        Assert.Equal(1, exit);
        Assert.StartsWith($"{sheet}: error MS200: the file cannot be read as XLSX", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
