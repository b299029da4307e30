namespace ExerciseServer.Reports.Document;

/// <summary>A bulleted list; <see cref="Style"/> is the HTML list's class (findings of one kind), plain when null.</summary>
internal sealed record ReportList(IReadOnlyList<IReadOnlyList<ReportInline>> Items, string? Style = null) : ReportBlock;
