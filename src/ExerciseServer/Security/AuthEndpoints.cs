using System.Security.Claims;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Exercises;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ExerciseServer.Security;

/// <summary>
/// Sign-in: facilitators with their password (cookie) or an API token (bearer); participants, observers and
/// evaluators with a join code and a display name. Control issues, lists and revokes an exercise's join codes.
/// Codes, passwords and tokens only ever travel in request bodies, so request logs never contain them.
/// </summary>
public static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapAuthApi(this WebApplication app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/facilitator", SignInFacilitatorAsync).RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/join", JoinAsync).RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        auth.MapGet("/me", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
            ? Results.Ok(new
            {
                role = user.FindFirstValue(ExerciseClaims.Role),
                exercise = user.FindFirstValue(ExerciseClaims.Exercise),
                team = user.FindFirstValue(ExerciseClaims.Team),
                name = user.FindFirstValue(ExerciseClaims.Name),
            })
            : Results.Problem(statusCode: 401, title: "Not signed in")).RequireAuthorization();
        auth.MapPost("/tokens", (FacilitatorCredentials credentials) => Results.Ok(new { token = credentials.CreateApiToken() }))
            .RequireAuthorization(ExerciseClaims.ControlPolicy);

        var codes = app.MapGroup("/api/exercises/{id}/codes").WithTags("Join codes").RequireAuthorization(ExerciseClaims.ControlPolicy);
        codes.MapPost("/", IssueAsync);
        codes.MapGet("/", async (string id, IGrainFactory grains) => Results.Ok(await grains.GetGrain<IExerciseAccessGrain>(id).List()));
        codes.MapPost("/revoke", async (string id, RevokeCodeBody body, IGrainFactory grains) =>
            await grains.GetGrain<IExerciseAccessGrain>(id).Revoke(Normalize(body.Code ?? "")) ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "No such code", detail: "This exercise has no such join code."));
    }

    private static async Task<IResult> SignInFacilitatorAsync(FacilitatorSignIn body, FacilitatorCredentials credentials, HttpContext context)
    {
        if (string.IsNullOrEmpty(body.Password) || body.Password.Length > 200 || !credentials.CheckPassword(body.Password))
        {
            return Results.Problem(statusCode: 401, title: "Wrong password", detail: "The facilitator password is not right.");
        }

        await SignInAsync(context, [new(ExerciseClaims.Role, ExerciseClaims.Control), new(ExerciseClaims.Name, "Facilitator")]);
        return Results.Ok(new { role = ExerciseClaims.Control });
    }

    private static async Task<IResult> JoinAsync(JoinBody body, IGrainFactory grains, HttpContext context)
    {
        var name = body.Name?.Trim() ?? "";
        if (name.Length is 0 or > 80)
        {
            return Results.Problem(statusCode: 400, title: "A display name is needed", detail: "Give a display name of 1 to 80 characters.");
        }

        var code = Normalize(body.Code ?? "");
        var found = code.Length == 11 ? await grains.GetGrain<IJoinCodeGrain>(code).Get() : null;
        if (found is null || found.Revoked)
        {
            return Results.Problem(statusCode: 401, title: "Unknown code", detail: "This join code is not valid; ask exercise control for a new one.");
        }

        List<Claim> claims = [new(ExerciseClaims.Role, found.Role), new(ExerciseClaims.Exercise, found.ExerciseId), new(ExerciseClaims.Name, name)];
        if (found.Team is { } team)
        {
            claims.Add(new Claim(ExerciseClaims.Team, team));
            await grains.GetGrain<Grains.Teams.ITeamGrain>($"{found.ExerciseId}/{team}").Join(name);
        }

        await SignInAsync(context, claims);
        return Results.Ok(new { role = found.Role, exercise = found.ExerciseId, team = found.Team });
    }

    private static async Task<IResult> IssueAsync(string id, IssueCodeBody body, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IExerciseGrain>(id).GetView();
        if (view is null)
        {
            return Results.Problem(statusCode: 404, title: "No such exercise", detail: $"There is no exercise '{id}'.");
        }

        var role = body.Team is not null ? ExerciseClaims.Player : body.Role ?? "";
        if (role is not (ExerciseClaims.Player or ExerciseClaims.Observer or ExerciseClaims.Evaluator))
        {
            return Results.Problem(statusCode: 400, title: "Say who the code is for", detail: "Send {\"team\": \"team-id\"}, {\"role\": \"observer\"} or {\"role\": \"evaluator\"}.");
        }

        if (body.Team is { } team && !(await grains.GetGrain<IExerciseGrain>(id).GetTeams()).Contains(team, StringComparer.Ordinal))
        {
            return Results.Problem(statusCode: 400, title: "No such team", detail: $"Exercise '{id}' has no team '{team}'.");
        }

        var code = await grains.GetGrain<IExerciseAccessGrain>(id).Issue(role, body.Team);
        return Results.Created($"/api/exercises/{id}/codes", new { code = code.Code, role = code.Role, team = code.Team });
    }

    private static Task SignInAsync(HttpContext context, List<Claim> claims) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ExerciseClaims.Name, ExerciseClaims.Role)));

    /// <summary>Codes are typed by people: upper-case them, read I/L as 1 and O as 0, and put the dash back.</summary>
    public static string Normalize(string code)
    {
        var chars = code.Trim().ToUpperInvariant().Where(c => c != '-' && c != ' ')
            .Select(c => c switch { 'I' or 'L' => '1', 'O' => '0', _ => c }).ToArray();
        return chars.Length == 10 ? $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}" : new string(chars);
    }
}
