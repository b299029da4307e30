using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Writing;
using ExerciseServer.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ExerciseServer.Core.Tests.Msel;

/// <summary>Whatever text the writer puts in a scenario, the loader reads back exactly, without a warning.</summary>
public sealed class YamlTextTests
{
    [Theory]
    [InlineData("plain words")]
    [InlineData("yes")]
    [InlineData("1.5")]
    [InlineData("  leading spaces")]
    [InlineData("trailing spaces  ")]
    [InlineData("two lines\nof text\n")]
    [InlineData("no final newline\nhere")]
    [InlineData("two final newlines\n\n")]
    [InlineData("a line of spaces\n   \nbetween")]
    [InlineData("\"quotes\" and \\backslashes\\ and # hashes: colons")]
    [InlineData("tab\tinside\r\nand CRLF")]
    [InlineData("- looks like a list\n- item")]
    [InlineData("Käyttäjät — raportoivat “hitaita” yhteyksiä")]
    [InlineData("line separator\u2028and BOM\uFEFF and bell\u0007")]
    public void A_written_text_reads_back_exactly(string text) => AssertRoundTrip(text);

    [Fact]
    public void Any_text_reads_back_exactly() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), s =>
        {
            // A body of only whitespace is refused by the validator (ES204) whatever its quoting: not the writer's concern.
            var text = s.Get.Replace("\0", "", StringComparison.Ordinal);
            return (string.IsNullOrWhiteSpace(text) || RoundTrips(text)).Label(string.Join(" ", text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
        }).QuickCheckThrowOnFailure();

    private static void AssertRoundTrip(string text) => Assert.True(RoundTrips(text), $"did not round-trip: {text}");

    private static bool RoundTrips(string text)
    {
        var lines = new List<string>();
        InjectYamlBlocks.Add(lines, "    ", "body", text);
        var scenario = TestScenarios.Header + TestScenarios.Sectors + TestScenarios.Teams + $"""
            injects:
              - id: i1
                at: 1m
                to: red
                title: T

            """ + string.Join('\n', lines) + "\n";
        var result = ScenarioLoader.Load("t.yaml", scenario);
        return result.Scenario is { } loaded && loaded.Injects[0].Body == text && result.Diagnostics.Count == 0;
    }
}
