namespace ExerciseServer.Hosting;

/// <summary>
/// Puts the browser's protections on every response, whatever produced it (static files, the API, the hub,
/// error pages): a Content-Security-Policy, no MIME sniffing, no referrer, no framing. The headers are set
/// as the response starts, when its content type is known: an HTML document from the API is a report, a
/// self-contained page that needs its inline stylesheet and nothing else.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// The built client: its script and stylesheet come from this server, the hub is on the same origin
    /// ('self' covers ws: and wss: there), and charts set styles through the DOM, which CSP does not restrict.
    /// </summary>
    public const string ClientPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The one page that draws diagrams, <see cref="FlowRendererPath"/>: Mermaid lays a diagram out in a live
    /// document and styles it with a &lt;style&gt; element and style attributes, which the client policy refuses. So it
    /// runs in this page alone, framed by the client (same origin only), and hands back the SVG as text, which the
    /// client shows as an image. Only inline styles are added; scripts are still this server's own, nothing connects.
    /// </summary>
    public const string FlowRendererPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>The diagram renderer page the web client builds next to index.html.</summary>
    public const string FlowRendererPath = "/flow-render.html";

    /// <summary>The HTML report: an inline stylesheet and inline SVG, no script, nothing loaded from anywhere.</summary>
    public const string ReportPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var renderer = context.Request.Path.Equals(FlowRendererPath, StringComparison.OrdinalIgnoreCase);
            headers.ContentSecurityPolicy = IsApiDocument(context) ? ReportPolicy : renderer ? FlowRendererPolicy : ClientPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = renderer ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }

    // The client's pages are static files; an HTML answer under /api is a report a player may have written into.
    private static bool IsApiDocument(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && context.Response.ContentType is { } type
        && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
