namespace ExerciseServer.Core.Msel;

/// <summary>One row of a sheet: its 1-based row number as the spreadsheet shows it, and its cells from column A.</summary>
public sealed record MselRow(int Number, IReadOnlyList<MselCellValue?> Cells)
{
    /// <summary>The cell at a 1-based column, or null when the row is shorter.</summary>
    public MselCellValue? this[int column] => column >= 1 && column <= Cells.Count ? Cells[column - 1] : null;

    public bool IsBlank => Cells.All(c => c is null || c.IsBlank);
}
