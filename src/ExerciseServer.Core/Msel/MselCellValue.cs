namespace ExerciseServer.Core.Msel;

/// <summary>
/// What a cell holds: text, or a date when the spreadsheet typed the cell as one (a CSV never does). Numbers
/// arrive as their invariant text.
/// </summary>
public sealed record MselCellValue(string Text, DateTime? Date = null)
{
    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Text);

    public static MselCellValue OfDate(DateTime date) => new(date.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), date);
}
