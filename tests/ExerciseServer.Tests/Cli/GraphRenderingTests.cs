using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;
using static ExerciseServer.Tests.Support.VerbRunner;

namespace ExerciseServer.Tests.Cli;

/// <summary>Every diagram of every shipped scenario renders (DOT, through Graphviz) or parses (Mermaid, through Mermaid's parser).</summary>
public sealed class GraphRenderingTests
{
    public static TheoryData<string, string> Diagrams()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in RepositoryPaths.ShippedScenarios.Select(Path.GetFileName))
        {
            foreach (var diagram in new[] { "flow", "--sectors", "--machines" })
            {
                data.Add(scenario!, diagram);
            }
        }

        return data;
    }

    private static async Task<string> Graph(string scenario, string diagram, string format)
    {
        string[] args = diagram == "flow"
            ? ["graph", RepositoryPaths.Scenario(scenario), "--format", format]
            : ["graph", RepositoryPaths.Scenario(scenario), diagram, "--format", format];
        var (exit, output, error) = await Run(args);
        Assert.True(exit == 0, error);
        return output;
    }

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task The_dot_document_renders_to_svg_with_graphviz(string scenario, string diagram)
    {
        var dot = await Graph(scenario, diagram, "dot");

        Assert.Equal(1, dot.Split('\n').Count(l => l.StartsWith("digraph ", StringComparison.Ordinal)));
        var svg = await DiagramCheckers.RenderDotAsync(dot);
        Assert.Contains("class=\"edge\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task The_mermaid_document_parses_with_mermaids_own_parser(string scenario, string diagram)
    {
        var mermaid = await Graph(scenario, diagram, "mermaid");

        var (valid, detail) = await DiagramCheckers.ParseMermaidAsync(mermaid);

        Assert.True(valid, $"{detail}\n{mermaid}");
        Assert.Equal(diagram == "--machines" ? "stateDiagram" : "flowchart-v2", detail);
    }

    [Fact]
    public async Task The_checkers_refuse_broken_documents()
    {
        var (valid, detail) = await DiagramCheckers.ParseMermaidAsync("flowchart TD\n  a[\"unclosed] --> b\n");

        Assert.False(valid);
        Assert.Contains("Parse error", detail, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => DiagramCheckers.RenderDotAsync("digraph { a -> }"));
    }
}
