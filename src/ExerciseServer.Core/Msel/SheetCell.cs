namespace ExerciseServer.Core.Msel;

/// <summary>
/// A cell of a sheet as spreadsheet users name it: <c>msel.xlsx:MSEL!D12</c>, or <c>msel.csv:D12</c> for a CSV file,
/// which has no sheet names. Column and row are 1-based.
/// </summary>
public readonly record struct SheetCell(string File, string? Sheet, int Column, int Row)
{
    public override string ToString() => $"{File}:{(Sheet is null ? "" : Sheet + "!")}{ColumnLetters(Column)}{Row}";

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A → 1, AA → 27; 0 when the text is not column letters.</summary>
    public static int ColumnNumber(string letters)
    {
        var column = 0;
        foreach (var c in letters.ToUpperInvariant())
        {
            if (c is < 'A' or > 'Z' || column > 100_000)
            {
                return 0;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
