namespace ExerciseServer.Reports.Document;

/// <summary>One block of a report section: a paragraph, a heading, a table, a list, facts, figures, a chart or a group of blocks.</summary>
internal abstract record ReportBlock;
