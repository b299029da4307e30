namespace ExerciseServer.Reports.Document;

internal sealed record ReportFact(string Term, IReadOnlyList<ReportInline> Value);
