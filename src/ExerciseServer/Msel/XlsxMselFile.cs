using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExerciseServer.Core.Msel;

namespace ExerciseServer.Msel;

/// <summary>
/// MSEL sheets as XLSX workbooks, through the Open XML SDK: story times are real spreadsheet dates, headers bold,
/// long texts wrapped. Reading takes the sheet named MSEL (or the first), types date-formatted cells as dates and
/// spreads a merged cell's value over its range, as a reader of the printed sheet would.
/// </summary>
public static class XlsxMselFile
{
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint WrapStyle = 3;

    /// <summary>Number formats Excel predefines for dates and times (ECMA-376 §18.8.30).</summary>
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    public static void Write(MselSheet sheet, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in sheet.Rows)
        {
            var xmlRow = new Row { RowIndex = (uint)row.Number };
            for (var column = 1; column <= row.Cells.Count; column++)
            {
                if (row[column] is { } cell)
                {
                    xmlRow.Append(CellOf(cell, SheetCell.ColumnLetters(column) + row.Number, row.Number == 1));
                }
            }

            data.Append(xmlRow);
        }

        var widths = new Columns();
        var columns = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Cells.Count);
        for (var column = 1; column <= columns; column++)
        {
            widths.Append(new Column { Min = (uint)column, Max = (uint)column, Width = Width(sheet, column), CustomWidth = true });
        }

        var frozenHeader = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 });
        worksheet.Worksheet = new Worksheet(frozenHeader, widths, data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheet.SheetName ?? MselSheet.DefaultSheetName }));
    }

    /// <summary>The rows of the MSEL sheet; throws on a file that is not an XLSX workbook (the caller reports it).</summary>
    public static MselSheet Read(string file, Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var chosen = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, MselSheet.DefaultSheetName, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault() ?? throw new InvalidDataException("the workbook has no sheets");
        var worksheet = ((WorksheetPart)workbook.GetPartById(chosen.Id!.Value!)).Worksheet;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        var cells = new SortedDictionary<int, SortedDictionary<int, MselCellValue>>();
        var nextRow = 1;
        foreach (var row in worksheet.Descendants<Row>())
        {
            var rowNumber = (int?)row.RowIndex?.Value ?? nextRow;
            nextRow = rowNumber + 1;
            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? SheetCell.ColumnNumber(new string(reference.TakeWhile(char.IsLetter).ToArray())) : nextColumn;
                nextColumn = column + 1;
                if (Value(cell, shared, dateStyles) is { } value)
                {
                    Put(cells, rowNumber, column, value);
                }
            }
        }

        SpreadMergedCells(worksheet, cells);
        var rows = cells.Select(r => new MselRow(r.Key, [.. Enumerable.Range(1, r.Value.Keys.Max()).Select(c => r.Value.GetValueOrDefault(c))])).ToList();
        return new MselSheet(file, chosen.Name?.Value ?? MselSheet.DefaultSheetName, rows);
    }

    private static MselCellValue? Value(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value is { } type)
        {
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? new MselCellValue(shared[index]) : null;
            }

            if (type == CellValues.InlineString)
            {
                return cell.InlineString is { } inline ? new MselCellValue(Text(inline)) : null;
            }

            if (type == CellValues.Boolean)
            {
                return new MselCellValue(raw == "1" ? "TRUE" : "FALSE");
            }

            if (type == CellValues.Date && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
            {
                return MselCellValue.OfDate(isoDate);
            }

            if (type != CellValues.Number)
            {
                return raw is null ? null : new MselCellValue(raw);
            }
        }

        if (raw is null)
        {
            return null;
        }

        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // Whole milliseconds: a serial date's binary fraction is not an exact minute.
            var date = DateTime.FromOADate(serial);
            return MselCellValue.OfDate(new DateTime((long)Math.Round(date.Ticks / (double)TimeSpan.TicksPerMillisecond) * TimeSpan.TicksPerMillisecond));
        }

        return new MselCellValue(raw);
    }

    /// <summary>Runs of rich text joined; phonetic guides (<c>rPh</c>) left out.</summary>
    private static string Text(OpenXmlElement item) =>
        item.Elements<Text>().Any() ? string.Concat(item.Elements<Text>().Select(t => t.Text))
        : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));

    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        var formats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                result.Add((uint)i);
            }
        }

        return result;
    }

    /// <summary>A format code that shows a date or time: y, d, h or s outside quoted text and [colour] brackets.</summary>
    private static bool IsDateCode(string code)
    {
        var inQuote = false;
        var inBracket = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c is '[' or ']')
            {
                inBracket = c == '[';
            }
            else if (!inQuote && !inBracket && "yYdDhHsS".Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void SpreadMergedCells(Worksheet worksheet, SortedDictionary<int, SortedDictionary<int, MselCellValue>> cells)
    {
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var range = merge.Reference?.Value?.Split(':');
            if (range is not { Length: 2 })
            {
                continue;
            }

            var (fromColumn, fromRow) = Parse(range[0]);
            var (toColumn, toRow) = Parse(range[1]);
            if (fromRow < 1 || toRow < fromRow || toColumn < fromColumn || (toRow - fromRow + 1L) * (toColumn - fromColumn + 1L) > 10_000
                || !cells.TryGetValue(fromRow, out var first) || !first.TryGetValue(fromColumn, out var value))
            {
                continue;
            }

            for (var row = fromRow; row <= toRow; row++)
            {
                for (var column = fromColumn; column <= toColumn; column++)
                {
                    Put(cells, row, column, value);
                }
            }
        }
    }

    private static (int Column, int Row) Parse(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return (SheetCell.ColumnNumber(letters), int.TryParse(reference[letters.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0);
    }

    private static void Put(SortedDictionary<int, SortedDictionary<int, MselCellValue>> cells, int row, int column, MselCellValue value)
    {
        if (column < 1)
        {
            return;
        }

        if (!cells.TryGetValue(row, out var columns))
        {
            cells[row] = columns = [];
        }

        columns[column] = value;
    }

    private static Cell CellOf(MselCellValue value, string reference, bool header) => value.Date is { } date
        ? new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToOADate()) }
        : new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = header ? HeaderStyle : WrapStyle,
            InlineString = new InlineString(new Text(value.Text) { Space = SpaceProcessingModeValues.Preserve }),
        };

    private static double Width(MselSheet sheet, int column)
    {
        var longest = sheet.Rows.Select(r => r[column]?.Date is not null ? 16 : (r[column]?.Text.Split('\n').Max(l => l.Length) ?? 0)).DefaultIfEmpty(0).Max();
        return Math.Clamp(longest + 2, 6, 60);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true } },
            new CellFormat { ApplyAlignment = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true } })
        { Count = 4 });
}
