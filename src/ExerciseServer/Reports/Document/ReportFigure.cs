namespace ExerciseServer.Reports.Document;

/// <summary>A headline number: what it counts, the value, a note that puts it in context, and good or bad when it is either.</summary>
internal sealed record ReportFigure(string Label, string Value, string Note, string? Tone = null);
