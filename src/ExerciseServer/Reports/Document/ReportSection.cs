namespace ExerciseServer.Reports.Document;

/// <summary>A numbered section of the report, with the anchor the HTML contents link to.</summary>
internal sealed record ReportSection(string Anchor, int Number, string Title, IReadOnlyList<ReportBlock> Blocks);
