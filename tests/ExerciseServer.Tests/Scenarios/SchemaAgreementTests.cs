using System.Text.Json;
using System.Text.Json.Nodes;
using ExerciseServer.Cli;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Yaml;
using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;
using Json.Schema;

namespace ExerciseServer.Tests.Scenarios;

/// <summary>The JSON Schema editors use and the server's loader must accept and reject the same files.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly string SchemaText = File.ReadAllText(RepositoryPaths.Scenario("scenario.schema.json"));
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    public static TheoryData<string> ShippedScenarios => [.. RepositoryPaths.ShippedScenarios.Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void The_schema_verb_prints_the_schema_file_in_scenarios()
    {
        Assert.Equal(SchemaText, SchemaVerb.Read());
    }

    [Fact]
    public void Every_mapping_has_the_same_keys_and_required_keys_in_schema_and_loader()
    {
        var definitions = JsonNode.Parse(SchemaText)!["definitions"]!.AsObject();
        foreach (var shape in ScenarioShapes.All)
        {
            var definition = definitions[shape.Name];
            Assert.True(definition is not null, $"The schema has no definition '{shape.Name}'.");
            var properties = definition!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
            var required = (definition["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal);
            Assert.Equal(shape.Keys.Order(StringComparer.Ordinal), properties);
            Assert.Equal(shape.Required.Order(StringComparer.Ordinal), required);
            Assert.False(definition["additionalProperties"]!.GetValue<bool>(), $"'{shape.Name}' must reject unknown keys, as the loader does.");
        }
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_starts_with_the_schema_line_and_validates_against_the_schema(string fileName)
    {
        var text = File.ReadAllText(RepositoryPaths.Scenario(fileName));
        Assert.StartsWith("# yaml-language-server: $schema=./scenario.schema.json", text, StringComparison.Ordinal);

        var evaluation = Evaluate(text);

        Assert.True(evaluation.IsValid, Describe(evaluation));
    }

    [Theory]
    [InlineData("ES102", "  duration: 2h\n", "  duration: 2h\n  sped: 2\n")]
    [InlineData("ES103", "    title: Hello\n", "\n")]
    [InlineData("ES104", "    sees: [energy]\n", "    sees: { energy: 1 }\n")]
    [InlineData("ES105", "    title: Hello\n", "    title: Hello\n    channel: fax\n")]
    [InlineData("ES106", "    title: Hello\n", "    title: Hello\n    on_demand: yes\n")]
    [InlineData("ES107", "at: 10m", "at: 1:30")]
    [InlineData("ES108", "at: 10m", "at: 10")]
    [InlineData("ES110", "schema: 1", "schema: 2")]
    [InlineData("ES113", "  - id: red", "  - id: Red Team")]
    [InlineData("ES113", "  - id: red\n    name: Red\n    sees: [energy]\n", "  - id: red\n    name: Red\n    sees: [energy]\n  - id: all\n    name: Everyone\n")]
    [InlineData("ES115", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00")]
    [InlineData("ES200", "    recovery: 4h\n", "    recovery: 4h\n    initial: 1.5\n")]
    [InlineData("ES201", "at: 10m", "at: -5m")]
    [InlineData("ES203", "    title: Hello\n", "    title: Hello\n    when: time > 1h\n")]
    [InlineData("ES204", "title: Hello", "title: \"  \"")]
    [InlineData("ES209", "    title: Hello\n", "    title: Hello\n    effects: [{ sector: energy }]\n")]
    public void What_the_loader_rejects_for_its_shape_the_schema_rejects_too(string code, string find, string replace)
    {
        var text = TestScenarios.Minimal.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(TestScenarios.Minimal, text);

        var loaded = ScenarioLoader.Load("case.yaml", text);
        var evaluation = Evaluate(text);

        Assert.Contains(loaded.Diagnostics, d => d.Code == code && d.IsError);
        Assert.False(evaluation.IsValid, $"The schema accepts what the loader rejects with {code}.");
    }

    [Fact]
    public void The_minimal_scenario_is_accepted_by_both()
    {
        var text = TestScenarios.Minimal;

        Assert.Empty(ScenarioLoader.Load("case.yaml", text).Diagnostics);
        Assert.True(Evaluate(text).IsValid);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var root = YamlDocumentReader.Read("case.yaml", yaml, new DiagnosticBag()) ?? throw new InvalidOperationException("not YAML");
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(root));
        return Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
}
