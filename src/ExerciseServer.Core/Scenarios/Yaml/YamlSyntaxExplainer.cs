using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>
/// Turns the YAML parser's wording for the common hand-editing mistakes (a tab in the indentation, a key indented
/// wrongly, a list item without its dash, an unclosed quote or bracket, ': ' inside unquoted text) into plain
/// language at the line and column where the mistake is, which is not always where the parser stopped: it reports a
/// tab one line early, and an unclosed bracket at the end of the file. The parser's own text is kept as a detail.
/// </summary>
public static class YamlSyntaxExplainer
{
    /// <param name="at">Where the parser stopped.</param>
    /// <param name="parserText">The parser's message without its position prefix, or null when it gave none.</param>
    public static (SourceLocation At, string Message) Explain(string text, SourceLocation at, string? parserText)
    {
        var lines = new TextLines(text);
        var said = parserText ?? "";
        var explained = Explanation(lines, at, said);
        var detail = parserText is null ? "" : $" (YAML parser: {parserText})";
        return explained is { } plain
            ? (plain.At, plain.Message + detail)
            : (at, parserText ?? "the YAML parser could not read past this point; check indentation, quotes and brackets here");
    }

    private static (SourceLocation At, string Message)? Explanation(TextLines lines, SourceLocation at, string said)
    {
        if (Says(said, "tab"))
        {
            return TabInIndentation(lines, at);
        }

        if (Says(said, "quoted scalar"))
        {
            var quote = lines.CharAt(at.Line, at.Column) is '\'' ? "single" : "double";
            return (at, $"the {quote} quote opened here is not closed on this line; close it, or quote the whole value on one line");
        }

        if (Says(said, "expected '-' indicator"))
        {
            return (lines.FirstCharacter(at), "this line is inside a list but does not start with '- '; start a new item with '- ', or indent it under the item above");
        }

        if (Says(said, "invalid mapping") || Says(said, "mapping values are not allowed"))
        {
            return ColonInText(lines, at) ?? (lines.FirstCharacter(at),
                $"this line is indented more than the line above it (line {lines.PreviousContentLine(at.Line)}), so YAML reads it as more of that line's value; keys of one mapping start at the same column");
        }

        if (Says(said, "did not find expected key"))
        {
            return TextAfterClosingQuote(lines, at) ?? (lines.FirstCharacter(at),
                $"this line's indentation does not match the keys around it (the line above starts at column {lines.Indentation(lines.PreviousContentLine(at.Line)) + 1}); keys of one mapping start at the same column, indented with spaces");
        }

        if (Says(said, "flow sequence") || Says(said, "flow mapping") || said.Length == 0)
        {
            return UnclosedBracket(lines, at);
        }

        return null;
    }

    private static bool Says(string parserText, string words) => parserText.Contains(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>The parser stops before or at the tab's line; the first indentation tab from its line on is the one.</summary>
    private static (SourceLocation, string)? TabInIndentation(TextLines lines, SourceLocation at)
    {
        var line = lines.FirstLineWithIndentationTab(at.Line) ?? lines.FirstLineWithIndentationTab(1);
        return line is { } found
            ? (new SourceLocation(at.File, found, lines[found].IndexOf('\t') + 1), "a tab in the indentation; YAML indents with spaces only, so replace the tab with spaces")
            : null;
    }

    /// <summary><c>title: Note: read this</c> — a second ': ' on a line whose first one made the key.</summary>
    private static (SourceLocation, string)? ColonInText(TextLines lines, SourceLocation at)
    {
        var line = lines[at.Line];
        var keyColon = line.IndexOf(": ", StringComparison.Ordinal);
        return keyColon >= 0 && keyColon + 1 < at.Column - 1
            ? (at, "a ': ' inside unquoted text makes YAML read a key here; put the whole value in quotes")
            : null;
    }

    /// <summary><c>body: 'It's broken'</c> — a quoted value that closes before the line ends.</summary>
    private static (SourceLocation, string)? TextAfterClosingQuote(TextLines lines, SourceLocation at)
    {
        var before = lines[at.Line][..Math.Clamp(at.Column - 1, 0, lines[at.Line].Length)];
        var quote = before.TrimEnd().LastOrDefault();
        return quote is '\'' or '"'
            ? (at, quote == '\''
                ? "text goes on after the closing quote; inside single quotes write an apostrophe as two ('It''s'), or quote the value with double quotes"
                : "text goes on after the closing quote; inside double quotes write a quote as \\\", or quote the value with single quotes")
            : null;
    }

    /// <summary>An unclosed '[' or '{' is reported where the parser gave up, often the end of the file; point at the opening one.</summary>
    private static (SourceLocation, string)? UnclosedBracket(TextLines lines, SourceLocation at)
    {
        for (var line = Math.Min(at.Line, lines.Count); line >= 1; line--)
        {
            if (FlowBrackets.LastUnclosed(lines[line]) is { } column)
            {
                var bracket = lines[line][column];
                var closer = bracket == '[' ? ']' : '}';
                return (new SourceLocation(at.File, line, column + 1),
                    $"the '{bracket}' opened here is never closed; close it with '{closer}' on this line, or write the items one per line with '- '");
            }
        }

        return null;
    }
}
