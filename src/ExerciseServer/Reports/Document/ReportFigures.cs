namespace ExerciseServer.Reports.Document;

internal sealed record ReportFigures(IReadOnlyList<ReportFigure> Figures) : ReportBlock;
