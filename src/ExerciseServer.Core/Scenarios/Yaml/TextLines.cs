using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>The lines of a file, numbered from 1 as diagnostics are; out-of-range lines read as empty.</summary>
internal sealed class TextLines(string text)
{
    private readonly string[] _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public int Count => _lines.Length;

    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    public char? CharAt(int line, int column) => column >= 1 && column <= this[line].Length ? this[line][column - 1] : null;

    /// <summary>Spaces before the first other character.</summary>
    public int Indentation(int line) => this[line].Length - this[line].TrimStart(' ').Length;

    /// <summary>The first character of the line <paramref name="at"/> names, after its indentation.</summary>
    public SourceLocation FirstCharacter(SourceLocation at) =>
        at with { Column = this[at.Line].Length - this[at.Line].TrimStart(' ', '\t').Length + 1 };

    /// <summary>The nearest line above with something other than blanks or a comment, or 1.</summary>
    public int PreviousContentLine(int line)
    {
        for (var above = line - 1; above >= 1; above--)
        {
            var content = this[above].Trim();
            if (content.Length > 0 && !content.StartsWith('#'))
            {
                return above;
            }
        }

        return 1;
    }

    /// <summary>The first line from <paramref name="from"/> on whose indentation holds a tab.</summary>
    public int? FirstLineWithIndentationTab(int from)
    {
        for (var line = Math.Max(1, from); line <= _lines.Length; line++)
        {
            var text = this[line];
            var indentation = text[..(text.Length - text.TrimStart(' ', '\t').Length)];
            if (indentation.Contains('\t'))
            {
                return line;
            }
        }

        return null;
    }
}
