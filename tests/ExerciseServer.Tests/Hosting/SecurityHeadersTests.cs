using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Hosting;
using ExerciseServer.Hubs;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Hosting;

/// <summary>Every kind of response carries the browser protections (issue 10, failure 12).</summary>
public sealed class SecurityHeadersTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool> Responses => new()
    {
        { "an API answer", "GET /api/exercises", true },
        { "a refused API call", "GET /api/exercises", false },
        { "the client's page", "GET /", false },
        { "a static file", "GET /index.html", false },
        { "a missing page", "GET /no/such/page", false },
        { "a missing API route", "POST /api/no-such-thing", true },
        { "the health probe", "GET /healthz", false },
        { "the hub's negotiation", $"POST {ExerciseHub.Path}/negotiate?negotiateVersion=1", true },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task The_response_carries_the_client_policy_and_the_other_protections(string what, string request, bool asControl)
    {
        var client = asControl ? factory.CreateControlClient() : factory.CreateClient();
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);

        Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{what} ({(int)response.StatusCode}) has no CSP");
        Assert.Equal(SecurityHeadersMiddleware.ClientPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_client_page_is_served_and_loads_no_inline_script()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Contains("<div id=\"app\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_policy_allows_only_this_server_and_forbids_framing()
    {
        var directives = Directives(SecurityHeadersMiddleware.ClientPolicy);

        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.DoesNotContain(directives.Values, v => v.Contains("unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_report_has_its_own_policy_with_no_script_and_nothing_loaded()
    {
        var control = factory.CreateControlClient();
        var created = await control.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart", name = "Headers" }, Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();

        using var html = await control.GetAsync(new Uri($"/api/exercises/{id}/report?format=html", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var directives = Directives(Header(html, "Content-Security-Policy"));
        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'unsafe-inline'", directives["style-src"]);
        Assert.Equal("data:", directives["img-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.False(directives.ContainsKey("script-src"));
        Assert.Equal("nosniff", Header(html, "X-Content-Type-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
