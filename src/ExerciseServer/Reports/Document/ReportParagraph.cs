namespace ExerciseServer.Reports.Document;

internal sealed record ReportParagraph(IReadOnlyList<ReportInline> Content, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock
{
    /// <summary>What an empty part of the report says, so no section is left out.</summary>
    public static ReportParagraph NoneRecorded { get; } = new([ReportInline.Plain(ReportText.NoneRecorded)], ParagraphStyle.None);
}
