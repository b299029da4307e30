using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Finds the header row and the columns of a sheet: from a mapping file, or by guessing from the headers. The
/// guess takes the first of the top rows that names the most known columns, so title rows and merged group
/// headers above the real headers are passed over.
/// </summary>
public static class MselColumnMapper
{
    /// <summary>How far down a sheet the header row is looked for.</summary>
    public const int RowsSearchedForHeaders = 15;

    /// <summary>A row naming fewer known columns is not taken for the header row.</summary>
    public const int MinimumKnownHeaders = 2;

    public static MselColumnMap? Map(MselSheet sheet, MselMapping? mapping, ICollection<SheetDiagnostic> diagnostics)
    {
        var headerRow = mapping?.HeaderRow is { } row
            ? sheet.Rows.FirstOrDefault(r => r.Number == row)
            : sheet.Rows.Where(r => r.Number <= RowsSearchedForHeaders)
                .Select(r => (Row: r, Known: Guess(r).Count))
                .Where(x => x.Known >= MinimumKnownHeaders)
                .OrderByDescending(x => x.Known).ThenBy(x => x.Row.Number)
                .Select(x => x.Row).FirstOrDefault();
        if (headerRow is null)
        {
            diagnostics.Add(SheetDiagnostic.At(MselCodes.NoHeaderRow, sheet.Cell(1, mapping?.HeaderRow ?? 1),
                mapping?.HeaderRow is { } missing
                    ? $"row {missing}, named as the header row by the mapping, is empty"
                    : $"none of the first {RowsSearchedForHeaders} rows has the headers of an MSEL (such as Subject, To, From, Story date/time); give a mapping file with --mapping"));
            return null;
        }

        var columns = Guess(headerRow);
        var report = new List<string>();
        foreach (var (field, named) in mapping?.Columns ?? new Dictionary<MselField, MselMappedColumn>())
        {
            var column = FindColumn(headerRow, named.Column);
            if (column == 0)
            {
                var headers = headerRow.Cells.Where(c => c is { IsBlank: false }).Select(c => c!.Text.Trim());
                diagnostics.Add(new SheetDiagnostic(DiagnosticSeverity.Error, MselCodes.BadMapping.Code,
                    $"the sheet has no column '{named.Column}' in header row {headerRow.Number}{Scenarios.DidYouMean.Hint(named.Column, headers)}",
                    named.Location.ToString()));
                continue;
            }

            // The mapping overrides a guess that gave this column to another field.
            foreach (var guessed in columns.Where(c => c.Value == column && c.Key != field).Select(c => c.Key).ToList())
            {
                columns.Remove(guessed);
            }

            columns[field] = column;
        }

        foreach (var (field, column) in columns.OrderBy(c => c.Value))
        {
            report.Add($"{SheetCell.ColumnLetters(column)} '{headerRow[column]?.Text.Trim()}' → {MselColumns.Key(field)}");
        }

        for (var column = 1; column <= headerRow.Cells.Count; column++)
        {
            if (headerRow[column] is { IsBlank: false } cell && !columns.ContainsValue(column))
            {
                report.Add($"{SheetCell.ColumnLetters(column)} '{cell.Text.Trim()}' not used");
            }
        }

        return new MselColumnMap(headerRow.Number, columns, report);
    }

    /// <summary>Each known field of a header row, at the first column whose header means it.</summary>
    private static Dictionary<MselField, int> Guess(MselRow header)
    {
        var columns = new Dictionary<MselField, int>();
        var normalised = header.Cells.Select(c => c is null ? "" : MselColumns.Normalise(c.Text)).ToList();
        foreach (var field in MselColumns.ExportOrder)
        {
            // Alias order decides between two candidate columns, not column order.
            foreach (var alias in MselColumns.Aliases(field))
            {
                var index = normalised.FindIndex(h => h == alias);
                if (index >= 0 && !columns.ContainsValue(index + 1))
                {
                    columns[field] = index + 1;
                    break;
                }
            }
        }

        return columns;
    }

    /// <summary>A column named by its header text (any case and spacing) or by its letter; 0 when not found.</summary>
    private static int FindColumn(MselRow header, string name)
    {
        var wanted = MselColumns.Normalise(name);
        for (var column = 1; column <= header.Cells.Count; column++)
        {
            if (header[column] is { } cell && MselColumns.Normalise(cell.Text) == wanted && wanted.Length > 0)
            {
                return column;
            }
        }

        return name.Length <= 3 && name.All(char.IsAsciiLetter) ? SheetCell.ColumnNumber(name) : 0;
    }
}
