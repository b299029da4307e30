namespace ExerciseServer.Reports.Document;

/// <summary>What a released scenario inject said: its Markdown body as written and its media files by name.</summary>
internal sealed record ReportInjectText(int Number, string Title, string Body, IReadOnlyList<string> Media) : ReportBlock;
