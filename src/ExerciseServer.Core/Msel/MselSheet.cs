namespace ExerciseServer.Core.Msel;

/// <summary>
/// A spreadsheet as the MSEL import and export see it: one sheet of rows, with the file and sheet name that
/// locate its cells. The XLSX and CSV readers and writers at the edge turn files into this and back.
/// </summary>
public sealed record MselSheet(string File, string? SheetName, IReadOnlyList<MselRow> Rows)
{
    /// <summary>The sheet name the export writes, and the import looks for first.</summary>
    public const string DefaultSheetName = "MSEL";

    public SheetCell Cell(int column, int row) => new(File, SheetName, column, row);
}
