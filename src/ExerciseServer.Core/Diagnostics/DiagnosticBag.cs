namespace ExerciseServer.Core.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first, so an author fixes a file in one pass.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message)
    {
        var diagnostic = descriptor.At(location, message);
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.IsError;
        }
    }

    /// <summary>
    /// Sorted by file, line and column, the order an author reads them. A problem in text that an alias, a merge key
    /// or a default repeats is found once per use but listed once, where it is written.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .Distinct()
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Location.Line)
            .ThenBy(x => x.d.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
