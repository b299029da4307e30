namespace ExerciseServer.Reports.Document;

/// <summary>One piece of running text in the report document; <see cref="Detail"/> is a badge's kind or a title.</summary>
internal sealed record ReportInline(InlineKind Kind, string Text, string? Detail = null)
{
    public static ReportInline Plain(string text) => new(InlineKind.Text, text);

    public static ReportInline Strong(string text) => new(InlineKind.Strong, text);

    public static ReportInline Muted(string text) => new(InlineKind.Muted, text);

    public static ReportInline Time(string text) => new(InlineKind.Time, text);

    public static ReportInline Multiline(string text) => new(InlineKind.Multiline, text);

    public static ReportInline None(string text) => new(InlineKind.None, text);

    public static ReportInline Badge(string kind, string text) => new(InlineKind.Badge, text, kind);

    public static ReportInline Alert(string kind, string text) => new(InlineKind.Alert, text, kind);

    public static ReportInline Hint(string text, string title) => new(InlineKind.Hint, text, title);

    public static ReportInline Note(string text) => new(InlineKind.Note, text);

    public static ReportInline Break { get; } = new(InlineKind.Break, "");
}
