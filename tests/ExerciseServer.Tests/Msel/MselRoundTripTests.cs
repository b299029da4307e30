using ExerciseServer.Core.Msel;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Support.VerbRunner;

namespace ExerciseServer.Tests.Msel;

/// <summary>
/// Every shipped scenario survives YAML → sheet → YAML: exported with <c>msel export</c>, its injects section
/// removed, and put back from the sheet alone with <c>msel import --into</c>; the result validates and its
/// first-option dry run is the original's, byte for byte.
/// </summary>
public sealed class MselRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msel-round-trip-").FullName;

    public static TheoryData<string, string> ShippedScenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in RepositoryPaths.ShippedScenarios)
        {
            data.Add(Path.GetFileName(scenario), "xlsx");
            data.Add(Path.GetFileName(scenario), "csv");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task A_shipped_scenario_comes_back_from_its_sheet_with_the_same_dry_run(string scenarioFile, string format)
    {
        var original = RepositoryPaths.Scenario(scenarioFile);
        var sheet = Path.Combine(_folder, $"msel.{format}");
        var (exported, _, exportError) = await Run("msel", "export", original, "-o", sheet);
        Assert.True(exported == 0, exportError);

        // The base keeps everything but the injects, so whatever the injects are now came from the sheet.
        var withoutInjects = Path.Combine(_folder, "without-injects.yaml");
        var originalText = await File.ReadAllTextAsync(original, TestContext.Current.CancellationToken);
        var emptied = ScenarioInjectsSplice.Replace(withoutInjects, originalText, ["injects: []"]);
        await File.WriteAllTextAsync(withoutInjects, emptied.Text, TestContext.Current.CancellationToken);

        var imported = Path.Combine(_folder, "imported.yaml");
        var (importExit, _, importError) = await Run("msel", "import", sheet, "--into", withoutInjects, "-o", imported);
        Assert.True(importExit == 0, importError);

        var (validExit, validOutput, _) = await Run("validate", imported);
        Assert.True(validExit == 0, validOutput);
        Assert.DoesNotContain(": error ", validOutput, StringComparison.Ordinal);

        var (_, expected, _) = await Run("simulate", original, "--policy", "first-option", "--format", "json");
        var (simulateExit, actual, simulateError) = await Run("simulate", imported, "--policy", "first-option", "--format", "json");
        Assert.True(simulateExit == 0, simulateError);
        Assert.Contains("\"fired\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_sheet_is_what_the_injects_come_from()
    {
        // A sheet with one inject's subject changed gives a scenario with the new subject, and the rest unchanged.
        var original = RepositoryPaths.Scenario("quickstart.yaml");
        var sheet = Path.Combine(_folder, "msel.csv");
        Assert.Equal(0, (await Run("msel", "export", original, "-o", sheet)).Exit);
        var csv = await File.ReadAllTextAsync(sheet, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(sheet, csv.Replace("Loss of signal on the Helsinki–Tallinn cable", "Signal lost on HEL–TLL-2", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var imported = Path.Combine(_folder, "imported.yaml");
        var (exit, _, error) = await Run("msel", "import", sheet, "--into", original, "-o", imported);

        Assert.True(exit == 0, error);
        var text = await File.ReadAllTextAsync(imported, TestContext.Current.CancellationToken);
        Assert.Contains("title: \"Signal lost on HEL–TLL-2\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loss of signal on the Helsinki–Tallinn cable", text, StringComparison.Ordinal);
        var originalText = await File.ReadAllTextAsync(original, TestContext.Current.CancellationToken);
        var beforeInjects = originalText[..originalText.IndexOf("\ninjects:", StringComparison.Ordinal)];
        Assert.StartsWith(beforeInjects, text, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=./scenario.schema.json\n#\n# Quickstart:", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
