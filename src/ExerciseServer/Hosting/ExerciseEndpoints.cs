using System.Security.Claims;
using System.Text.Json;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Scenarios;
using ExerciseServer.Security;
using Microsoft.AspNetCore.Mvc;

namespace ExerciseServer.Hosting;

/// <summary>
/// The HTTP API scripts and tools rely on: create and list exercises, read one with its log, and control its
/// clock. Every error answers with problem details; a refused command's status follows its rejection code
/// (<see cref="CommandProblems"/>); control commands honour an <c>Idempotency-Key</c> header, bound to the command.
/// </summary>
public static class ExerciseEndpoints
{
    private const int MaxEventsPerRead = 10_000;

    public static void MapExerciseApi(this WebApplication app)
    {
        // Exercise control only; participants, observers and evaluators reach their exercise through the hub.
        var api = app.MapGroup("/api/exercises").WithTags("Exercises").RequireAuthorization(ExerciseClaims.ControlPolicy);
        api.MapPost("/", CreateAsync).WithSummary("Create an exercise from a scenario of the library.");
        api.MapGet("/", async (IGrainFactory grains) => Results.Ok(await grains.GetGrain<IExerciseDirectoryGrain>(0).List()))
            .WithSummary("Every exercise on this server.");
        api.MapGet("/{id}", async (string id, IGrainFactory grains, ClaimsPrincipal user) =>
                ViewerClaims.ViewerOf(user) is { } viewer && await grains.GetGrain<IExerciseGrain>(id).GetViewFor(viewer) is { } view ? Results.Ok(view) : NoSuchExercise(id))
            .WithSummary("An exercise now: lifecycle, clock, sectors and injects.");
        api.MapGet("/{id}/events", EventsAsync).WithSummary("The event log after sequence number 'after', as JSON lines.");
        api.MapPost("/{id}/start", (string id, HttpRequest request, IGrainFactory grains) => Control(id, request, grains, new StartExercise(CommandIssuer.Control)));
        api.MapPost("/{id}/pause", (string id, HttpRequest request, IGrainFactory grains) => Control(id, request, grains, new PauseExercise(CommandIssuer.Control)));
        api.MapPost("/{id}/resume", (string id, HttpRequest request, IGrainFactory grains) => Control(id, request, grains, new ResumeExercise(CommandIssuer.Control)));
        api.MapPost("/{id}/end", (string id, HttpRequest request, IGrainFactory grains) => Control(id, request, grains, new EndExercise(CommandIssuer.Control)));
        api.MapPost("/{id}/reset", (string id, HttpRequest request, IGrainFactory grains) => Control(id, request, grains, new ResetExercise(CommandIssuer.Control)));
        api.MapPost("/{id}/speed", (string id, SpeedRequest body, HttpRequest request, IGrainFactory grains) =>
            Control(id, request, grains, new SetSpeed(CommandIssuer.Control, body.GameMinutesPerMinute)));
        api.MapPost("/{id}/jump", (string id, JumpRequest body, HttpRequest request, IGrainFactory grains) => Jump(id, body, request, grains));
    }

    private static async Task<IResult> CreateAsync(CreateExerciseBody? body, ScenarioCatalog catalog, IGrainFactory grains)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.ScenarioId))
        {
            return Results.Problem(statusCode: 400, title: "scenarioId is required", detail: "Send {\"scenarioId\": \"...\", \"name\": \"...\"}.");
        }

        if (catalog.Find(body.ScenarioId) is not { } found)
        {
            var known = catalog.Results.Where(r => r.Scenario is not null).Select(r => r.Scenario!.Id);
            return Results.Problem(statusCode: 404, title: "No such scenario", detail: $"There is no scenario '{body.ScenarioId}'{DidYouMean.Hint(body.ScenarioId, known)}");
        }

        var name = string.IsNullOrWhiteSpace(body.Name) ? found.Result.Scenario!.Title : body.Name.Trim();
        if (name.Length > 200)
        {
            return Results.Problem(statusCode: 400, title: "The name is too long", detail: "A name has at most 200 characters.");
        }

        var id = NewId();
        var result = await grains.GetGrain<IExerciseGrain>(id).Create(
            new CreateExerciseRequest(name, body.ScenarioId, Path.GetFileName(found.Result.File), found.Text));
        if (!result.Created)
        {
            return Results.Problem(statusCode: 422, title: "The scenario cannot be played", detail: result.Problem, extensions: new Dictionary<string, object?>
            {
                ["errors"] = result.Diagnostics.Where(d => d.IsError).Select(d => new { file = d.Location.File, line = d.Location.Line, column = d.Location.Column, code = d.Code, message = d.Message }),
            });
        }

        return Results.Created($"/api/exercises/{id}", new { id });
    }

    private static async Task<IResult> EventsAsync(string id, long? after, int? limit, IGrainFactory grains, HttpContext context, ClaimsPrincipal user)
    {
        if (after is < 0 || limit is < 1)
        {
            return Results.Problem(statusCode: 400, title: "Bad range", detail: "'after' must be 0 or more and 'limit' 1 or more.");
        }

        var grain = grains.GetGrain<IExerciseGrain>(id);
        if (await grain.GetView() is null)
        {
            return NoSuchExercise(id);
        }

        if (ViewerClaims.ViewerOf(user) is not { } viewer)
        {
            return Results.Problem(statusCode: 403, title: "Not signed in as anyone", detail: "Sign in again.");
        }

        var events = await grain.GetVisibleEvents(viewer, after ?? 0, Math.Min(limit ?? MaxEventsPerRead, MaxEventsPerRead));
        context.Response.ContentType = "application/jsonl; charset=utf-8";
        foreach (var e in events)
        {
            await context.Response.WriteAsync(JsonSerializer.Serialize<ExerciseEvent>(e, StorageJson.Options) + "\n");
        }

        return Results.Empty;
    }

    private static Task<IResult> Jump(string id, JumpRequest body, HttpRequest request, IGrainFactory grains)
    {
        if (body.To is "next")
        {
            return Control(id, request, grains, new JumpToNextInject(CommandIssuer.Control));
        }

        if (body.To is null || DurationFormat.TryParse(body.To, out var to) != DurationParseResult.Ok)
        {
            return Task.FromResult(Results.Problem(statusCode: 400, title: "Bad jump target", detail: "Send {\"to\": \"next\"} or a game time such as {\"to\": \"PT2H\"} or {\"to\": \"2h30m\"}."));
        }

        return Control(id, request, grains, new JumpToTime(CommandIssuer.Control, to));
    }

    private static async Task<IResult> Control(string id, HttpRequest request, IGrainFactory grains, ExerciseCommand command)
    {
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        if (key is { Length: > 200 })
        {
            return Results.Problem(statusCode: 400, title: "Idempotency-Key is too long", detail: "Use at most 200 characters.");
        }

        var outcome = await grains.GetGrain<IExerciseGrain>(id).Execute(command with { IdempotencyKey = string.IsNullOrEmpty(key) ? null : $"http:{key}" });
        if (!outcome.Accepted)
        {
            return CommandProblems.Of(outcome);
        }

        return Results.Ok(new
        {
            accepted = true,
            duplicate = outcome.Duplicate,
            firstSeq = outcome.Events.FirstOrDefault()?.Seq,
            lastSeq = outcome.Events.LastOrDefault()?.Seq,
        });
    }

    private static IResult NoSuchExercise(string id) => Results.Problem(statusCode: 404, title: "No such exercise", detail: $"There is no exercise '{id}'.");

    /// <summary>Short and unguessable: 12 characters of Crockford base32 (60 bits).</summary>
    internal static string NewId() => "ex-" + RandomCodes.Crockford(12).ToLowerInvariant();
}
