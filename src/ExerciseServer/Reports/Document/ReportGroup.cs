namespace ExerciseServer.Reports.Document;

/// <summary>Blocks under a heading of their own: one sector, one objective, one hot-wash question. <see cref="Style"/> is the HTML article's class.</summary>
internal sealed record ReportGroup(string Heading, string Style, IReadOnlyList<ReportBlock> Blocks) : ReportBlock;
