using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Presence;

namespace ExerciseServer.Security;

/// <summary>
/// Control's handling of an exercise's join codes and sessions: issue a code (its text is in that answer only),
/// list codes (ids, never texts), revoke or re-issue one — which ends every session signed in with it at once —
/// and end one connected person's session.
/// </summary>
public static class JoinCodeEndpoints
{
    public static void MapJoinCodeApi(this WebApplication app)
    {
        var codes = app.MapGroup("/api/exercises/{id}/codes").WithTags("Join codes").RequireAuthorization(ExerciseClaims.ControlPolicy);
        codes.MapPost("/", IssueAsync);
        codes.MapGet("/", async (string id, IGrainFactory grains) => Results.Ok(await grains.GetGrain<IExerciseAccessGrain>(id).List()));
        codes.MapPost("/revoke", RevokeByBodyAsync);
        codes.MapPost("/{codeId}/revoke", (string id, string codeId, IGrainFactory grains, SessionRevocations sessions) => RevokeAsync(id, codeId, grains, sessions));
        codes.MapPost("/{codeId}/reissue", ReissueAsync);

        app.MapPost("/api/exercises/{id}/sessions/{session}/end", EndSessionAsync)
            .WithTags("Join codes").RequireAuthorization(ExerciseClaims.ControlPolicy);
    }

    private static async Task<IResult> IssueAsync(string id, IssueCodeBody body, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IExerciseGrain>(id).GetView();
        if (view is null)
        {
            return Results.Problem(statusCode: 404, title: "No such exercise", detail: $"There is no exercise '{id}'.");
        }

        if (body.TeamRole is not null && body.Team is null)
        {
            return Results.Problem(statusCode: 400, title: "No such team role", detail: "A team role needs its team: send {\"team\": \"team-id\", \"teamRole\": \"role-id\"}.");
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

        if (body.TeamRole is { } teamRole)
        {
            var roles = await grains.GetGrain<IExerciseGrain>(id).GetTeamRoles(body.Team!);
            if (!roles.Contains(teamRole, StringComparer.Ordinal))
            {
                return Results.Problem(statusCode: 400, title: "No such team role",
                    detail: $"Team '{body.Team}' has no role '{teamRole}'" + (roles.Count == 0 ? "; it defines none." : $"; its roles are {string.Join(", ", roles)}."));
            }
        }

        return Issued(id, await grains.GetGrain<IExerciseAccessGrain>(id).Issue(role, body.Team, body.TeamRole));
    }

    /// <summary><c>{"id": "jc-..."}</c>, or the code itself as typed: <c>{"code": "K7QX2-MFA9Z"}</c>.</summary>
    private static async Task<IResult> RevokeByBodyAsync(string id, RevokeCodeBody body, IGrainFactory grains, JoinCodeHasher hasher, SessionRevocations sessions)
    {
        var codeId = body.Id;
        if (codeId is null && body.Code is { } text && AuthEndpoints.Normalize(text) is { Length: 11 } code)
        {
            var found = await grains.GetGrain<IJoinCodeGrain>(await hasher.HashAsync(code)).Get();
            codeId = found?.ExerciseId == id ? found.Id : null;
        }

        return codeId is null ? NoSuchCode() : await RevokeAsync(id, codeId, grains, sessions);
    }

    private static async Task<IResult> RevokeAsync(string id, string codeId, IGrainFactory grains, SessionRevocations sessions)
    {
        if (await grains.GetGrain<IExerciseAccessGrain>(id).Revoke(codeId) is not { } revoked)
        {
            return NoSuchCode();
        }

        await sessions.RevokeCodeAsync(revoked.Id);
        return Results.NoContent();
    }

    /// <summary>A lost or leaked code: revoked (its sessions end) and replaced by a new one for the same team or role.</summary>
    private static async Task<IResult> ReissueAsync(string id, string codeId, IGrainFactory grains, SessionRevocations sessions)
    {
        if (await grains.GetGrain<IExerciseAccessGrain>(id).Reissue(codeId) is not { } issued)
        {
            return NoSuchCode();
        }

        await sessions.RevokeCodeAsync(codeId);
        return Issued(id, issued);
    }

    /// <summary>Ends the session of someone connected to this exercise (found in its presence list), and only that one.</summary>
    private static async Task<IResult> EndSessionAsync(string id, string session, IGrainFactory grains, SessionRevocations sessions)
    {
        var present = await grains.GetGrain<IExercisePresenceGrain>(id).List();
        if (!present.Any(p => p.Session == session && p.Role != ExerciseClaims.Control))
        {
            return Results.Problem(statusCode: 404, title: "No such session",
                detail: "Nobody connected to this exercise as a participant, observer or evaluator has this session.");
        }

        await sessions.RevokeSessionAsync(session);
        return Results.NoContent();
    }

    private static IResult Issued(string exerciseId, IssuedJoinCode issued) =>
        Results.Created($"/api/exercises/{exerciseId}/codes", new IssuedCodeAnswer(issued.Code, issued.Entry.Id!, issued.Entry.Role, issued.Entry.Team, issued.Entry.TeamRole));

    private static IResult NoSuchCode() => Results.Problem(statusCode: 404, title: "No such code", detail: "This exercise has no such join code.");
}
