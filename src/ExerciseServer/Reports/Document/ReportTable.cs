namespace ExerciseServer.Reports.Document;

/// <summary>A table: its column headers once, and rows with one cell per header. <see cref="Style"/> names a wide table's layout.</summary>
internal sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<ReportRow> Rows, string? Style = null) : ReportBlock;
