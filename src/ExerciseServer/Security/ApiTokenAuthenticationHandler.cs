using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ExerciseServer.Security;

/// <summary><c>Authorization: Bearer &lt;token&gt;</c> for scripts: a valid facilitator API token signs in as control.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    FacilitatorCredentials credentials) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0 || token.Length > 200 || !credentials.CheckApiToken(token))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API token is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ExerciseClaims.Role, ExerciseClaims.Control), new Claim(ExerciseClaims.Name, "API token")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
