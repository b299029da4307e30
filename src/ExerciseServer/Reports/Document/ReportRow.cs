namespace ExerciseServer.Reports.Document;

/// <summary>A table row; <see cref="Mark"/> is a status or kind the HTML report colours the row by (missed rows stand out).</summary>
internal sealed record ReportRow(IReadOnlyList<IReadOnlyList<ReportInline>> Cells, string? Mark = null);
