using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Tests.Support;

/// <summary>
/// A scenario text with a '«' where a diagnostic is expected. The marker is removed before loading and its
/// line and column become the expected location, so each case reads like the file an author would write.
/// </summary>
public static class MarkedScenario
{
    public const char Marker = '«';

    public static (string Text, SourceLocation Expected) Parse(string file, string marked)
    {
        var lines = marked.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Marker, StringComparison.Ordinal);
            if (column >= 0)
            {
                lines[i] = lines[i].Remove(column, 1);
                return (string.Join('\n', lines), new SourceLocation(file, i + 1, column + 1));
            }
        }

        throw new ArgumentException("The scenario text has no « marker.", nameof(marked));
    }
}
