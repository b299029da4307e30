namespace ExerciseServer.Core.Msel;

/// <summary>Lines of YAML being written, each with the sheet cell it came from, so the validator's findings can be put back on the cell.</summary>
public sealed class YamlLines
{
    private readonly List<string> _lines = [];
    private readonly List<SheetCell?> _cells = [];

    public int Count => _lines.Count;

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string line, SheetCell? cell)
    {
        _lines.Add(line);
        _cells.Add(cell);
    }

    public void AddRange(IEnumerable<string> lines, SheetCell? cell)
    {
        foreach (var line in lines)
        {
            Add(line, cell);
        }
    }

    /// <summary>The cell a 0-based line came from, if any.</summary>
    public SheetCell? CellOf(int line) => line >= 0 && line < _cells.Count ? _cells[line] : null;
}
