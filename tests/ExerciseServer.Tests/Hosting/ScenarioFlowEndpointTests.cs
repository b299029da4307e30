using System.Net;
using ExerciseServer.Hosting;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Hosting;

/// <summary>
/// GET /api/scenarios/{id}/flow: the inject flow <c>graph</c> prints, for control only; and the page that draws it
/// in the browser has its own policy (inline styles for Mermaid, framed by this origin only), the rest none of it.
/// </summary>
public sealed class ScenarioFlowEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Control_reads_the_flow_as_mermaid_or_dot_the_same_as_the_graph_verb()
    {
        var control = factory.CreateControlClient();

        using var mermaid = await control.GetAsync(new Uri("/api/scenarios/quickstart/flow", UriKind.Relative), Cancel);
        using var dot = await control.GetAsync(new Uri("/api/scenarios/quickstart/flow?format=dot", UriKind.Relative), Cancel);
        var (_, graph, _) = await VerbRunner.Run("graph", Shared.RepositoryPaths.Scenario("quickstart.yaml"));

        Assert.Equal(HttpStatusCode.OK, mermaid.StatusCode);
        Assert.Equal("text/vnd.mermaid", mermaid.Content.Headers.ContentType?.MediaType);
        Assert.Equal(graph, await mermaid.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("text/vnd.graphviz", dot.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("digraph \"quickstart\" {", await dot.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/scenarios/quickstart/flow", false, HttpStatusCode.Unauthorized)]
    [InlineData("/api/scenarios/quickstrat/flow", true, HttpStatusCode.NotFound)]
    [InlineData("/api/scenarios/quickstart/flow?format=svg", true, HttpStatusCode.BadRequest)]
    public async Task Others_unknown_scenarios_and_formats_are_refused_with_problem_details(string path, bool asControl, HttpStatusCode expected)
    {
        var client = asControl ? factory.CreateControlClient() : factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (asControl)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_renderer_page_alone_allows_inline_styles_and_only_this_origin_may_frame_it()
    {
        using var renderer = await factory.CreateClient().GetAsync(new Uri(SecurityHeadersMiddleware.FlowRendererPath, UriKind.Relative), Cancel);
        using var client = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, renderer.StatusCode);
        var directives = Directives(Header(renderer, "Content-Security-Policy"));
        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self' 'unsafe-inline'", directives["style-src"]);
        Assert.Equal("'none'", directives["connect-src"]);
        Assert.Equal("'self'", directives["frame-ancestors"]);
        Assert.Equal("SAMEORIGIN", Header(renderer, "X-Frame-Options"));
        Assert.Equal(SecurityHeadersMiddleware.ClientPolicy, Header(client, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(client, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
