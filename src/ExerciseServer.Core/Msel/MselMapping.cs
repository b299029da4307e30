namespace ExerciseServer.Core.Msel;

/// <summary>
/// A column mapping file for a sheet whose headers the import does not guess: which row holds the headers, which
/// column (by header text or letter) carries each field, what unit a bare <c>T+2</c> counts in, and when the story
/// starts when the sheet only has offsets.
/// </summary>
public sealed record MselMapping
{
    public int? HeaderRow { get; init; }

    public IReadOnlyDictionary<MselField, MselMappedColumn> Columns { get; init; } = new Dictionary<MselField, MselMappedColumn>();

    /// <summary>What one unit of <c>T+N</c> is; OpenAEV/OpenBAS sheets count in hours by default.</summary>
    public TimeSpan OffsetUnit { get; init; } = TimeSpan.FromHours(1);

    public DateTimeOffset? Start { get; init; }
}
