namespace ExerciseServer.Reports.Document;

/// <summary>Blocks side by side where the page is wide enough, one after the other elsewhere.</summary>
internal sealed record ReportColumns(IReadOnlyList<IReadOnlyList<ReportBlock>> Columns) : ReportBlock;
