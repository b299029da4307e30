using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// What player text must look like in each report format, written down independently of the writers so that a
/// writer that stops escaping something fails the tests rather than agreeing with itself.
/// </summary>
public static partial class EscapedForms
{
    /// <summary>Characters that make a spreadsheet read a cell as a formula when they open it.</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>HTML text and attribute values: &lt; &gt; &amp; and both quotes as entities.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Markdown inline text: the punctuation that makes code, emphasis, links, strike-through or table cells is
    /// backslash-escaped; &lt; &gt; &amp; are entities (GitHub renders raw HTML); a line break is &lt;br&gt; so the
    /// text stays on its line and in its table cell.
    /// </summary>
    public static string Markdown(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            escaped.Append(c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' => "\\" + c,
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\r' or '\n' => "<br>",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Pipes that separate table cells: not escaped with a backslash.</summary>
    public static int CellSeparators(string tableLine) => UnescapedPipe().Matches(tableLine).Count;

    /// <summary>A line that, as it starts, would open a heading, a list, a quote or raw HTML.</summary>
    public static bool OpensABlock(string text) => BlockStart().IsMatch(text);

    /// <summary>A bracket, backtick or closing bracket not escaped with a backslash: the makings of a link or code.</summary>
    public static bool HasUnescapedLinkOrCode(string markdown) => UnescapedLinkOrCode().IsMatch(markdown);

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^(#|>|<|[-+*](\s|$)|\d{1,9}[.)](\s|$)| {4})")]
    private static partial Regex BlockStart();

    // Every backslash in the writer's output escapes the next character, so a bracket or backtick preceded by an
    // even run of backslashes (none included) is live.
    [GeneratedRegex(@"(?<!\\)(\\\\)*[\[\]`]")]
    private static partial Regex UnescapedLinkOrCode();
}
