namespace ExerciseServer.Reports;

/// <summary>Names, media types and file names of the report formats, so the HTTP endpoint and the CLI agree.</summary>
public static class ReportFormats
{
    /// <summary>The canonical names, in the order they are offered.</summary>
    public static IReadOnlyList<string> Names { get; } = ["md", "html", "json", "csv"];

    /// <summary>Reads a format name, ignoring case: md or markdown, html, json or jsonl, csv.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "md" or "markdown":
                format = ReportFormat.Markdown;
                return true;
            case "html":
                format = ReportFormat.Html;
                return true;
            case "json" or "jsonl":
                format = ReportFormat.Json;
                return true;
            case "csv":
                format = ReportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Json => "application/jsonl; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };

    /// <summary>The file a download is saved as: the JSON export is the event log, the CSV the MSEL.</summary>
    public static string FileName(string exerciseId, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => $"{exerciseId}-report.md",
        ReportFormat.Html => $"{exerciseId}-report.html",
        ReportFormat.Json => $"{exerciseId}-events.jsonl",
        ReportFormat.Csv => $"{exerciseId}-msel.csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };
}
