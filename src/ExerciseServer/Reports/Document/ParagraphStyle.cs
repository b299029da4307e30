namespace ExerciseServer.Reports.Document;

/// <summary>How a paragraph reads: body text, the exercise summary, a muted remark, a small note, or "None recorded."</summary>
internal enum ParagraphStyle
{
    Body,
    Summary,
    Muted,
    Note,
    None,
}
