using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Yaml;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>Aliases may repeat text, but not so much that the scenario stands for more than a file may hold.</summary>
public sealed class AliasExpansionTests
{
    private const string File = "scenarios/aliases.yaml";

    [Fact]
    public void Two_hundred_aliases_of_one_megabyte_body_are_refused_at_the_alias_that_passes_the_limit()
    {
        var marked = TestScenarios.Header + TestScenarios.Sectors + TestScenarios.Teams
            + AliasedBodies.Injects(injects: 200, bodyCharacters: 1024 * 1024);
        var (text, expected) = MarkedScenario.Parse(File, marked);

        var result = ScenarioLoader.Load(File, text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ES118", diagnostic.Code);
        Assert.Equal(expected, diagnostic.Location);
        Assert.Null(result.Scenario);
        Assert.False(result.IsPlayable);
    }

    [Fact]
    public void Nested_aliases_are_counted_by_the_text_they_expand_to_not_by_their_nodes()
    {
        // 201 aliases of a list of 100 aliases of 1,000 characters: 20 million characters from a 3 kB file
        // and only about 20,000 nodes, far below the node limit.
        var text = "a: &a " + new string('x', 1000) + "\n"
            + "b: &b [" + string.Join(", ", Enumerable.Repeat("*a", 100)) + "]\n"
            + "c: [" + string.Join(", ", Enumerable.Repeat("*b", 200)) + "]\n";

        var result = ScenarioLoader.Load(File, text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ES118", diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void A_scenario_that_uses_aliases_modestly_loads_clean()
    {
        var text = TestScenarios.Header + TestScenarios.Sectors + TestScenarios.Teams + """
            injects:
              - id: i1
                at: 10m
                to: &everyone [red]
                title: &title Power cut
                body: &body The grid operator reports a regional outage; restoration time unknown.
              - id: i2
                at: 20m
                to: *everyone
                title: *title
                body: *body

            """;

        var result = ScenarioLoader.Load(File, text);

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        Assert.Equal(result.Scenario!.Injects[0].Title, result.Scenario.Injects[1].Title);
        Assert.Equal(result.Scenario.Injects[0].Body, result.Scenario.Injects[1].Body);
    }

    [Fact]
    public void The_flagship_scenario_stays_far_inside_the_expanded_text_limit()
    {
        var text = System.IO.File.ReadAllText(RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml"));

        var diagnostics = new DiagnosticBag();

        var root = YamlDocumentReader.Read("baltic-critical-infrastructure.yaml", text, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(root!.ExpandedCharacters * 100 < YamlDocumentReader.MaxExpandedCharacters, $"{root.ExpandedCharacters:N0} characters");
    }
}
