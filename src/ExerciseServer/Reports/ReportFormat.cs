namespace ExerciseServer.Reports;

/// <summary>The shapes an after-action report can be exported in.</summary>
public enum ReportFormat
{
    /// <summary>GitHub-flavoured Markdown, for wikis and pull requests.</summary>
    Markdown,

    /// <summary>One self-contained HTML file with inline charts; prints well on A4.</summary>
    Html,

    /// <summary>The raw event log as JSON lines, for tools.</summary>
    Json,

    /// <summary>The MSEL-style table of injects and responses, for spreadsheets.</summary>
    Csv,
}
