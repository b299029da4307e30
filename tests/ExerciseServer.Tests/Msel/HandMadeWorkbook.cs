using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ExerciseServer.Tests.Msel;

/// <summary>
/// Builds an XLSX the way a trainer's spreadsheet program would save one, with the Open XML SDK: shared strings,
/// merged title rows, gaps between rows, and dates as serial numbers formatted as dates by a custom style.
/// </summary>
public static class HandMadeWorkbook
{
    /// <summary>Cells by reference ("B5"): a string, or a DateTime written as a spreadsheet date.</summary>
    public static byte[] Create(string sheetName, IReadOnlyDictionary<string, object> cells, params string[] merges)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 170, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true }) { Count = 2 });
            var strings = new List<string>();
            var data = new SheetData();
            foreach (var row in cells.GroupBy(c => int.Parse(new string(c.Key.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key))
            {
                var xmlRow = new Row { RowIndex = (uint)row.Key };
                foreach (var (reference, value) in row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                {
                    if (value is DateTime date)
                    {
                        xmlRow.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate()) });
                    }
                    else
                    {
                        strings.Add((string)value);
                        xmlRow.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count - 1) });
                    }
                }

                data.Append(xmlRow);
            }

            var sharedStrings = workbook.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            worksheet.Worksheet = merges.Length == 0
                ? new Worksheet(data)
                : new Worksheet(data, new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Length });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }
}
