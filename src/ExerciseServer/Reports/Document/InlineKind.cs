namespace ExerciseServer.Reports.Document;

/// <summary>What a piece of a report's running text is; each renderer marks each kind up its own way.</summary>
internal enum InlineKind
{
    /// <summary>Plain words.</summary>
    Text,

    /// <summary>Words that carry the point of the line.</summary>
    Strong,

    /// <summary>Secondary words: an id in brackets, who and when.</summary>
    Muted,

    /// <summary>A moment or a duration.</summary>
    Time,

    /// <summary>Text a person wrote, whose line breaks are kept.</summary>
    Multiline,

    /// <summary>Stands for something that did not happen: "not rated", "no answer".</summary>
    None,

    /// <summary>A short label of a kind (<see cref="ReportInline.Detail"/>), such as a status.</summary>
    Badge,

    /// <summary>A badge that must stand out even printed without colour, such as a missed action.</summary>
    Alert,

    /// <summary>Short text with a longer title (<see cref="ReportInline.Detail"/>) where the format can show one.</summary>
    Hint,

    /// <summary>A rating's code, its level's label as the title (<see cref="ReportInline.Detail"/>).</summary>
    Rating,

    /// <summary>A small line under the rest of a cell or item: a note, who wrote it and when.</summary>
    Note,

    /// <summary>A line break between parts of one cell or item.</summary>
    Break,
}
