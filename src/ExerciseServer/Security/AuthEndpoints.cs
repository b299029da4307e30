using System.Security.Claims;
using ExerciseServer.Core.Text;
using ExerciseServer.Grains.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ExerciseServer.Security;

/// <summary>
/// Sign-in: facilitators with their password (cookie) or an API token (bearer); participants, observers and
/// evaluators with a join code and a display name. Every sign-in is a session of its own, which signing out ends on
/// the server (see <see cref="SessionRevocations"/>). Codes, passwords and tokens only ever travel in request
/// bodies, so request logs never contain them.
/// </summary>
public static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapAuthApi(this WebApplication app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/facilitator", SignInFacilitatorAsync).RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/join", JoinAsync).RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/signout", SignOutAsync);
        auth.MapLanguageApi();
        auth.MapGet("/me", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
            ? Results.Ok(new Hosting.SignedInUser(
                user.FindFirstValue(ExerciseClaims.Role),
                user.FindFirstValue(ExerciseClaims.Exercise),
                user.FindFirstValue(ExerciseClaims.Team),
                user.FindFirstValue(ExerciseClaims.TeamRole),
                user.FindFirstValue(ExerciseClaims.Name),
                user.FindFirstValue(ExerciseClaims.Language)))
            : Results.Problem(statusCode: 401, title: "Not signed in")).RequireAuthorization();
        auth.MapPost("/tokens", async (FacilitatorCredentials credentials) => Results.Ok(new { token = await credentials.CreateApiTokenAsync() }))
            .RequireAuthorization(ExerciseClaims.ControlPolicy);

        app.MapJoinCodeApi();
    }

    private static async Task<IResult> SignInFacilitatorAsync(FacilitatorSignIn body, FacilitatorCredentials credentials, SessionRevocations sessions, HttpContext context)
    {
        if (string.IsNullOrEmpty(body.Password) || body.Password.Length > 200 || !credentials.CheckPassword(body.Password))
        {
            return Results.Problem(statusCode: 401, title: "Wrong password", detail: "The facilitator password is not right.");
        }

        await SignInAsync(context, sessions, [new(ExerciseClaims.Role, ExerciseClaims.Control), new(ExerciseClaims.Name, "Facilitator")]);
        return Results.Ok(new { role = ExerciseClaims.Control });
    }

    private static async Task<IResult> JoinAsync(JoinBody body, IGrainFactory grains, JoinCodeHasher hasher, SessionRevocations sessions, HttpContext context)
    {
        if (!DisplayName.TryClean(body.Name, out var name, out var problem))
        {
            return Results.Problem(statusCode: 400, title: "This display name cannot be used", detail: problem);
        }

        var code = Normalize(body.Code ?? "");
        var found = code.Length == 11 ? await grains.GetGrain<IJoinCodeGrain>(await hasher.HashAsync(code)).Get() : null;
        if (found is null || found.Revoked)
        {
            return Results.Problem(statusCode: 401, title: "Unknown code", detail: "This join code is not valid; ask exercise control for a new one.");
        }

        var (language, languageProblem) = await ReadingLanguage.ForExerciseAsync(grains, found.ExerciseId, body.Language);
        if (languageProblem is not null)
        {
            return languageProblem;
        }

        List<Claim> claims = [new(ExerciseClaims.Role, found.Role), new(ExerciseClaims.Exercise, found.ExerciseId), new(ExerciseClaims.Name, name), new(ExerciseClaims.Code, found.Id)];
        if (language is not null)
        {
            claims.Add(new Claim(ExerciseClaims.Language, language));
        }

        if (found.Team is { } team)
        {
            claims.Add(new Claim(ExerciseClaims.Team, team));
            if (found.TeamRole is { } teamRole)
            {
                claims.Add(new Claim(ExerciseClaims.TeamRole, teamRole));
            }
            await grains.GetGrain<Grains.Teams.ITeamGrain>(Grains.Teams.TeamGrain.KeyOf(found.ExerciseId, team)).Join(name);
        }

        await SignInAsync(context, sessions, claims);
        return Results.Ok(new { role = found.Role, exercise = found.ExerciseId, team = found.Team, teamRole = found.TeamRole, language });
    }

    /// <summary>Ends the cookie's session on the server too, so a copy of the cookie stops working everywhere.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, SessionRevocations sessions)
    {
        var signedIn = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (signedIn.Principal?.FindFirstValue(ExerciseClaims.Session) is { } session)
        {
            await sessions.RevokeSessionAsync(session);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    private static Task SignInAsync(HttpContext context, SessionRevocations sessions, List<Claim> claims) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity([.. claims, .. sessions.NewSessionClaims()], CookieAuthenticationDefaults.AuthenticationScheme, ExerciseClaims.Name, ExerciseClaims.Role)));

    /// <summary>Codes are typed by people: upper-case them, read I/L as 1 and O as 0, and put the dash back.</summary>
    public static string Normalize(string code)
    {
        var chars = code.Trim().ToUpperInvariant().Where(c => c != '-' && c != ' ')
            .Select(c => c switch { 'I' or 'L' => '1', 'O' => '0', _ => c }).ToArray();
        return chars.Length == 10 ? $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}" : new string(chars);
    }
}
