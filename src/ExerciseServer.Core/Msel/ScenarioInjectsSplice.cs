using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Puts a new <c>injects:</c> section into a scenario's text in place of the old one, leaving every other line,
/// comment included, as the author wrote it.
/// </summary>
public static class ScenarioInjectsSplice
{
    public static InjectsSplice Replace(string file, string text, IReadOnlyList<string> injectsSection)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var (start, end) = FindSection(file, text, lines);
        var replaced = lines.Take(start).Concat(injectsSection).Concat(lines.Skip(end)).ToList();
        return new InjectsSplice(string.Join('\n', replaced) + "\n", start, injectsSection.Count - (end - start));
    }

    /// <summary>The 0-based lines [start, end) of the top-level <c>injects:</c> key and its value; an empty range at the end when there is none.</summary>
    private static (int Start, int End) FindSection(string file, string text, List<string> lines)
    {
        if (YamlDocumentReader.Read(file, text, new DiagnosticBag()) is not YamlMapping root)
        {
            return (lines.Count, lines.Count);
        }

        for (var i = 0; i < root.Entries.Count; i++)
        {
            if (root.Entries[i].Key.Value != "injects")
            {
                continue;
            }

            var start = root.Entries[i].Key.Start.Line - 1;
            var end = i + 1 < root.Entries.Count ? root.Entries[i + 1].Key.Start.Line - 1 : lines.Count;

            // Comments and blank lines just above the next key belong to it.
            while (end - 1 > start && (lines[end - 1].Length == 0 || lines[end - 1].TrimStart().StartsWith('#')) && i + 1 < root.Entries.Count)
            {
                end--;
            }

            return (start, end);
        }

        return (lines.Count, lines.Count);
    }
}
