using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ExerciseServer.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> for scripts: a valid facilitator API token signs in as control, in a
/// session of its own that is the same for every request with that token. Failed attempts are limited per client
/// address; past the limit the answer is 429 with <c>Retry-After</c>, and the token is not even looked up.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    FacilitatorCredentials credentials,
    FailedBearerLimiter limiter,
    SessionRevocations revocations) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const int MaxTokenLength = 200;
    private const string ThrottledKey = "es:bearer-retry-after";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryBegin(address, out var retryAfter))
        {
            Context.Items[ThrottledKey] = retryAfter;
            return AuthenticateResult.Fail("Too many failed API token attempts from this address.");
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength || await credentials.FindApiTokenAsync(token) is not { } tokenId)
        {
            return AuthenticateResult.Fail("The API token is not valid.");
        }

        limiter.Succeeded(address);
        var identity = new ClaimsIdentity(
            [
                new Claim(ExerciseClaims.Role, ExerciseClaims.Control),
                new Claim(ExerciseClaims.Name, "API token"),
                new Claim(ExerciseClaims.Session, SessionRevocations.TokenSessionId(tokenId)),
            ],
            SchemeName,
            ExerciseClaims.Name,
            ExerciseClaims.Role);
        var principal = new ClaimsPrincipal(identity);
        return await revocations.RefusalAsync(principal) is { } refusal
            ? AuthenticateResult.Fail(refusal)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ThrottledKey] is not TimeSpan retryAfter)
        {
            await base.HandleChallengeAsync(properties);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many failed API token attempts",
                Detail = $"This address sent more than {limiter.PerMinute} API tokens that are not valid within a minute; try again in {seconds} s.",
            },
        });
    }
}
