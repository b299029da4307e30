namespace ExerciseServer.Core.Msel;

/// <summary>Which row holds the headers and which 1-based column carries each field, with a report of what mapped.</summary>
public sealed record MselColumnMap(int HeaderRow, IReadOnlyDictionary<MselField, int> Columns, IReadOnlyList<string> Report)
{
    public int? ColumnOf(MselField field) => Columns.TryGetValue(field, out var column) ? column : null;
}
