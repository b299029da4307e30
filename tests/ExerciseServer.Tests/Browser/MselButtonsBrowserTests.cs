using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The MSEL buttons as a facilitator uses them: the console's "MSEL (XLSX)" saves a workbook a spreadsheet program
/// opens (read back here with the Open XML SDK); that sheet, edited, goes back into its scenario through the library's
/// upload, and a sheet of the designer's own becomes a new playable scenario in the list. The library is a copy, so the shipped scenarios are never written.
/// </summary>
public sealed class MselButtonsBrowserTests
{
    private const string Password = "browser msel buttons test password";

    [Fact]
    public async Task The_console_downloads_the_msel_workbook_and_the_library_takes_the_edited_sheet_back_as_a_scenario()
    {
        var library = Directory.CreateTempSubdirectory("browser-msel-library-").FullName;
        foreach (var file in Shared.RepositoryPaths.ShippedScenarios)
        {
            File.Copy(file, Path.Combine(library, Path.GetFileName(file)));
        }

        await using var session = await FacilitatorBrowser.StartAsync("browser-msel-", Password, $"--Scenarios:Path={library}");
        var baseUrl = session.BaseUrl;
        var exerciseId = await session.CreateExerciseAsync();
        var csp = new CspViolations();

        // The console's download: a real XLSX with the MSEL sheet, a header row and one row per inject.
        var page = await session.OpenConsoleAsync(exerciseId, csp: csp);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-msel").ClickAsync());
        var workbook = Path.Combine(Directory.CreateTempSubdirectory("browser-msel-download-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(workbook);

        Assert.Equal("quickstart-msel.xlsx", download.SuggestedFilename);
        var rows = ReadSheet(workbook, out var sheetName);
        Assert.Equal("MSEL", sheetName);
        Assert.Equal(7, rows.Count);
        Assert.Contains("Inject ID", rows[0]);
        Assert.Contains("Subject", rows[0]);
        var idColumn = rows[0].IndexOf("Inject ID");
        Assert.Equal(["q01-signal-loss", "q02-news", "q03-reroute", "q04-reminder", "q05-congestion", "q06-ship"], rows.Skip(1).Select(r => r[idColumn]));

        // Edited in a spreadsheet program (here with the SDK) and uploaded into the library's quickstart.
        SetCell(workbook, row: 1, header: "Subject", "Signal lost on the cable (edited in the sheet)");
        await page.GotoAsync($"{baseUrl}/#/");
        await BrowserFixture.Visible(page.GetByTestId("upload-file"));
        await page.GetByTestId("upload-file").SetInputFilesAsync(workbook);
        await page.GetByTestId("upload-into").SelectOptionAsync("quickstart");
        await page.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added “quickstart”" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Contains("Signal lost on the cable (edited in the sheet)", await File.ReadAllTextAsync(Path.Combine(library, "quickstart.yaml")), StringComparison.Ordinal);

        // A sheet of the designer's own, uploaded as a new scenario: it appears in the library, playable.
        var sheet = Path.Combine(Path.GetDirectoryName(workbook)!, "harbour-drill.csv");
        await File.WriteAllTextAsync(sheet, "Inject ID,Story date/time,From,To,Channel,Subject,Description\r\n"
            + "d1,2027-01-18 06:18,Port authority,Harbour team,Email,Ship reported near the cable,A cargo ship anchored over the cable route.\r\n"
            + "d2,2027-01-18 06:40,News desk,Harbour team,News,Cable fault confirmed,The operator confirms the fault.\r\n");
        await page.GetByTestId("upload-file").SetInputFilesAsync(sheet);
        await page.GetByTestId("upload-into").SelectOptionAsync("");
        await page.GetByTestId("upload-submit").ClickAsync();

        var row = page.GetByTestId("scenario-row-harbour-drill");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("2");
        await Assertions.Expect(row.Locator(".badge.ok")).ToHaveTextAsync("yes");
        await Assertions.Expect(page.GetByTestId("create-exercise-harbour-drill")).ToBeEnabledAsync();
        await row.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "42-library-msel-upload");
        Assert.True(File.Exists(Path.Combine(library, "harbour-drill.yaml")));
        Assert.True(csp.Messages.Count == 0, string.Join("\n", csp.Messages));
    }

    /// <summary>The first sheet's rows as text, shared strings resolved, as a spreadsheet program shows them.</summary>
    private static List<List<string>> ReadSheet(string path, out string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        sheetName = sheet.Name!.Value!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(c, shared)).ToList())];
    }

    private static string Text(Cell cell, List<string> shared) =>
        cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
        : cell.CellValue?.Text ?? "";

    /// <summary>Writes text into the cell under a header in data row <paramref name="row"/> (1 = the first after the header), as an inline string.</summary>
    private static void SetCell(string path, int row, string header, string text)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var rows = part.Worksheet.Descendants<Row>().ToList();
        var headerCell = rows[0].Elements<Cell>().Single(c => Text(c, shared) == header);
        var column = new string([.. headerCell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
        var cell = rows[row].Elements<Cell>().Single(c => c.CellReference!.Value == column + rows[row].RowIndex!.Value);
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
        part.Worksheet.Save();
    }
}
