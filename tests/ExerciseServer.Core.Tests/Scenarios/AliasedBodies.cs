using ExerciseServer.Core.Scenarios.Yaml;
using ExerciseServer.Core.Tests.Support;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// An inject list whose first body is one long anchored text and every other body an alias of it, with «
/// at the alias that takes the expanded text past <see cref="YamlDocumentReader.MaxExpandedCharacters"/>.
/// </summary>
public static class AliasedBodies
{
    public static string Injects(int injects, int bodyCharacters)
    {
        var lines = new List<string> { "injects:" };
        long expanded = bodyCharacters;
        var marked = false;
        for (var i = 1; i <= injects; i++)
        {
            lines.Add($"  - id: i{i}");
            lines.Add("    at: 10m");
            lines.Add("    to: red");
            lines.Add("    title: Hello");
            if (i == 1)
            {
                lines.Add($"    body: &text {new string('x', bodyCharacters)}");
                continue;
            }

            // Keys and the other values add a few hundred characters, so the alias that brings the bodies
            // alone to the limit is the one that passes it (for body sizes that do not land just below it).
            expanded += bodyCharacters;
            var crosses = !marked && expanded >= YamlDocumentReader.MaxExpandedCharacters;
            lines.Add(crosses ? $"    body: {MarkedScenario.Marker}*text" : "    body: *text");
            marked |= crosses;
        }

        return string.Join('\n', lines) + "\n";
    }
}
