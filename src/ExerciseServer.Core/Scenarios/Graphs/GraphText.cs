namespace ExerciseServer.Core.Scenarios.Graphs;

/// <summary>Text made safe inside a quoted label, whole: nothing is cut, every character a reader wrote stays readable.</summary>
internal static class GraphText
{
    /// <summary>
    /// Mermaid entity codes (<c>#35;</c>, <c>#quot;</c>): '#' first so the codes themselves survive; '&lt;' and '&gt;'
    /// so a condition such as <c>q &lt; 0.3</c> is not read as HTML by the renderer.
    /// </summary>
    public static string Mermaid(string text) => text
        .Replace("#", "#35;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("|", "#124;", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>DOT quoted strings: a backslash and a quote are escaped, a line break becomes DOT's centred <c>\n</c>.</summary>
    public static string Dot(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
