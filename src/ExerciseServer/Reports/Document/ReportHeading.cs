namespace ExerciseServer.Reports.Document;

/// <summary>A heading inside a section: level 3 for a team or kind, level 4 under a group's own heading.</summary>
internal sealed record ReportHeading(int Level, string Text) : ReportBlock;
