using System.Globalization;
using CsvHelper;
using ExerciseServer.Core.Msel;

namespace ExerciseServer.Msel;

/// <summary>
/// MSEL sheets as RFC 4180 CSV through CsvHelper: fields with commas, quotes or line breaks quoted, UTF-8 with a
/// byte-order mark so spreadsheet programs read accents right. Reading detects ',', ';' (as European spreadsheets
/// save), tab or '|', and numbers rows as a spreadsheet shows them, blank lines included.
/// </summary>
public static class CsvMselFile
{
    public const string DateFormat = "yyyy-MM-dd HH:mm";

    public static void Write(MselSheet sheet, Stream stream)
    {
        // Injection escaping stays off: a leading '-' starts the YAML of expected actions, not a formula.
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.None }, true);
        var columns = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Cells.Count);
        foreach (var row in sheet.Rows)
        {
            csv.WriteRecord([.. Enumerable.Range(1, columns).Select(column => row[column] is { } cell ? Text(cell) : "")]);
        }

        csv.Flush();
    }

    /// <summary>The rows, and a problem for each record with malformed quoting, located at its row.</summary>
    public static (MselSheet Sheet, IReadOnlyList<SheetDiagnostic> Problems) Read(string file, Stream stream)
    {
        var problems = new List<SheetDiagnostic>();
        var rows = new List<MselRow>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = false,
            OnMalformedRecord = record => problems.Add(SheetDiagnostic.At(Core.Diagnostics.MselCodes.UnreadableSheet, new SheetCell(file, null, 1, (int)record.RecordNumber),
                $"malformed quoting ({record.Reason}); quote the whole field and double the quotes inside it")),
        };
        using var reader = CsvReader.Create(stream, options, true);
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToList();
            rows.Add(new MselRow(rows.Count + 1, [.. fields.Select(field => string.IsNullOrEmpty(field) ? null : new MselCellValue(field))]));
        }

        return (new MselSheet(file, null, rows), problems);
    }

    private static string Text(MselCellValue cell) => cell.Date is { } date
        ? date.ToString(date.Second == 0 && date.Millisecond == 0 ? DateFormat : DateFormat + ":ss", CultureInfo.InvariantCulture)
        : cell.Text;
}
