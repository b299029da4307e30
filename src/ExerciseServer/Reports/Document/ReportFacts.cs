namespace ExerciseServer.Reports.Document;

/// <summary>Terms and what they are (the overview, an objective, the teams' hot-wash answers); <see cref="Style"/> is the HTML list's class.</summary>
internal sealed record ReportFacts(IReadOnlyList<ReportFact> Facts, string Style = "facts") : ReportBlock;
