using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Scenarios;

public sealed class DiagnosticCodeTests
{
    private const string File = "scenarios/case.yaml";

    public static TheoryData<string> Codes => [.. DiagnosticCases.ByCode.Keys];

    [Fact]
    public void The_minimal_scenario_loads_without_any_diagnostic()
    {
        var result = ScenarioLoader.Load(File, TestScenarios.Minimal);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsPlayable);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_is_reported_at_the_file_line_and_column_of_the_problem(string code)
    {
        var (text, expected) = MarkedScenario.Parse(File, DiagnosticCases.ByCode[code]);
        var descriptor = DiagnosticCodes.All.Single(d => d.Code == code);

        var result = ScenarioLoader.Load(File, text);

        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"{code} was not reported. Got:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Contains(found, d => d.Location == expected);
        Assert.All(found, d => Assert.Equal(descriptor.Severity, d.Severity));
        Assert.Equal(descriptor.Severity == DiagnosticSeverity.Error, result.HasErrors);
        var line = found.First(d => d.Location == expected).ToString();
        Assert.StartsWith($"{File}:{expected.Line}:{expected.Column}: {(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {code}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_in_the_catalog_has_a_case()
    {
        var withoutCase = DiagnosticCodes.All.Select(d => d.Code)
            .Except(DiagnosticCases.ByCode.Keys)
            .Except([DiagnosticCodes.UnreadableFile.Code])

            // Whether a media file is there, and its size, is the host's file check (MediaFolderTests in the server's tests).
            .Except([DiagnosticCodes.MediaTooLarge.Code, DiagnosticCodes.MissingMediaFile.Code]);

        Assert.Empty(withoutCase);
    }

    [Fact]
    public void An_unreadable_file_is_reported_at_its_start()
    {
        var result = ScenarioLoader.Unreadable(File, "the file is not UTF-8 text");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ES117", diagnostic.Code);
        Assert.Equal(new SourceLocation(File, 1, 1), diagnostic.Location);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Codes_are_unique_and_numbered_by_stage()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.All(DiagnosticCodes.All.Where(d => d.Code.StartsWith("ES4", StringComparison.Ordinal)), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void All_problems_are_reported_in_one_pass_not_only_the_first()
    {
        var text = TestScenarios.Minimal
            .Replace("at: 10m", "at: -5m", StringComparison.Ordinal)
            .Replace("to: red", "to: blue", StringComparison.Ordinal)
            .Replace("  duration: 2h\n", "  duration: 2h\n  sped: 2\n", StringComparison.Ordinal);

        var codes = ScenarioLoader.Load(File, text).Diagnostics.Select(d => d.Code).ToHashSet();

        Assert.Superset(new HashSet<string> { "ES102", "ES201", "ES301" }, codes);
    }

    [Theory]
    [InlineData("  sped: 2", "did you mean 'speed'?")]
    [InlineData("  durration: 3h", "did you mean 'duration'?")]
    public void Unknown_keys_suggest_the_nearest_known_key(string line, string hint)
    {
        var text = TestScenarios.Minimal.Replace("  duration: 2h\n", $"  duration: 2h\n{line}\n", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, text).Diagnostics, d => d.Code == "ES102");

        Assert.EndsWith(hint, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unresolved_references_suggest_the_nearest_id()
    {
        var text = TestScenarios.Minimal.Replace("sees: [energy]", "sees: [enrgy]", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, text).Diagnostics, d => d.Code == "ES301");

        Assert.Contains("did you mean 'energy'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_stopped_with_a_located_error()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 12; i++)
        {
            var name = (char)('b' + i);
            var previous = (char)('a' + i);
            bomb += $"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var result = ScenarioLoader.Load(File, bomb);

        Assert.Contains(result.Diagnostics, d => d.Code == "ES111" && d.Location.Line > 1);
    }

    [Fact]
    public void An_unparsable_when_is_one_error_not_also_a_never_fires_warning()
    {
        var text = TestScenarios.Minimal + "  - id: i2\n    when: inoperability(energy >= 0.3\n    to: red\n    title: Cascade\n  - id: i3\n    after: i2\n    to: red\n    title: Later\n";

        var codes = ScenarioLoader.Load(File, text).Diagnostics.Select(d => d.Code).ToList();

        Assert.Equal(["ES114"], codes);
    }

    [Fact]
    public void Condition_arguments_may_be_ids_that_start_with_a_digit()
    {
        var text = TestScenarios.Minimal.Replace("id: i1", "id: 1st-call", StringComparison.Ordinal)
            + "  - id: i2\n    when: released(1st-call)\n    to: red\n    title: Second\n";

        Assert.Empty(ScenarioLoader.Load(File, text).Diagnostics);
    }

    [Fact]
    public void An_empty_mapping_with_no_required_keys_says_which_keys_it_may_have()
    {
        var text = TestScenarios.Minimal.Replace("title: Hello", "title: Hello\n    translations: { fi: }", StringComparison.Ordinal)
            .Replace("clock:", "languages: [en, fi]\nclock:", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, text).Diagnostics);

        Assert.Equal("ES104", diagnostic.Code);
        Assert.EndsWith("one of the keys 'title', 'body'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependency_weights_adding_up_to_one_or_more_without_a_loop_are_only_a_warning_at_the_sector()
    {
        var text = TestScenarios.Header + """
            sectors:
              - id: energy
                name: Energy
                recovery: 4h
                depends_on:
                  - { sector: digital, weight: 0.6, type: physical }
                  - { sector: space, weight: 0.5, type: cyber }
              - { id: digital, name: Digital, recovery: 4h }
              - { id: space, name: Space, recovery: 4h }

            """ + TestScenarios.Teams + TestScenarios.Injects;

        var result = ScenarioLoader.Load(File, text);
        var diagnostic = Assert.Single(result.Diagnostics);

        // No loop, so the spectral radius is 0 and the model settles: playable, with a warning about the heavy row.
        Assert.False(result.HasErrors);
        Assert.Equal(("ES408", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(new SourceLocation(File, 8, 9), diagnostic.Location);
        Assert.Contains("add up to 1.1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("spectral radius 0 < 1", diagnostic.Message, StringComparison.Ordinal);
    }
}
