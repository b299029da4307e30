using ExerciseServer.Hosting;

namespace ExerciseServer.Hubs;

/// <summary>
/// Refuses hub requests sent by a page of another site: the browser's Origin must be this server itself or one
/// listed in <c>Hub:AllowedOrigins</c>. Clients that send no Origin (scripts, the .NET client) are not browsers
/// and still need to sign in.
/// </summary>
public sealed class OriginCheckMiddleware(RequestDelegate next, IConfiguration configuration, ILogger<OriginCheckMiddleware> logger)
{
    private readonly HashSet<string> _allowed = new(
        (configuration[ServerSettingNames.HubAllowedOrigins] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ExerciseHub.Path) && context.Request.Headers.Origin.ToString() is { Length: > 0 } origin)
        {
            var same = Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
            if (!same && !_allowed.Contains(origin))
            {
                logger.LogWarning("Refused a hub request from origin {Origin}", origin);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }

        await next(context);
    }
}
