using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>The authoring guide's table of diagnostic codes is the catalog: every code, its severity and title, nothing else.</summary>
public sealed class GuideCodeTableTests
{
    private static Dictionary<string, string[]> GuideRows()
    {
        var guide = File.ReadAllLines(Path.Combine(RepositoryPaths.Scenarios, "README.md"));
        var table = guide.SkipWhile(l => l != "## Diagnostic codes").TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal) || l == "## Diagnostic codes");
        return table.Where(l => l.StartsWith("| ES", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(cells => cells[1], cells => cells);
    }

    [Fact]
    public void Every_code_is_in_the_guide_with_its_severity_and_title()
    {
        var rows = GuideRows();

        Assert.All(DiagnosticCodes.All, descriptor =>
        {
            Assert.True(rows.TryGetValue(descriptor.Code, out var cells), $"{descriptor.Code} is missing from the guide's table");
            Assert.Equal(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning", cells[2]);
            Assert.Equal(descriptor.Title, cells[3]);
        });
        Assert.Empty(rows.Keys.Except(DiagnosticCodes.All.Select(d => d.Code)));
    }
}
