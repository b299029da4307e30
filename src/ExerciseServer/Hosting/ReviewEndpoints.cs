using System.Globalization;
using System.Security.Claims;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Reports;
using ExerciseServer.Archives;
using ExerciseServer.Security;

namespace ExerciseServer.Hosting;

/// <summary>
/// The after-action review over HTTP: the review itself, the live snapshot, replay at any moment of the log, and
/// the report exports. Who may read them, and how much, is the <see cref="VisibilityPolicy"/>'s: control every
/// exercise; evaluators and observers the one they signed in to, redacted; participants none.
/// </summary>
public static class ReviewEndpoints
{
    private const int EventPage = 10_000;

    public static void MapReviewApi(this WebApplication app)
    {
        var review = app.MapGroup("/api/exercises/{id}").WithTags("Review").RequireAuthorization()
            .AddEndpointFilter(async (context, next) =>
                MayReview(context.HttpContext.User, context.HttpContext.GetRouteValue("id") as string) is { } problem ? problem : await next(context));
        review.MapGet("/review", async (string id, IGrainFactory grains, ClaimsPrincipal user) =>
                await grains.GetGrain<IExerciseGrain>(id).GetReview(ViewerOf(user)) is { } result ? Results.Ok(result) : NoSuchExercise(id))
            .WithSummary("The after-action review: timeline, expected actions, sector curves, ratings, findings, improvement plan, hot wash.");
        review.MapGet("/snapshot", async (string id, IGrainFactory grains, ClaimsPrincipal user) =>
                await grains.GetGrain<IExerciseGrain>(id).GetSnapshot(ViewerOf(user)) is { } result ? Results.Ok(result) : NoSuchExercise(id))
            .WithSummary("The exercise as it stands after its latest event.");
        review.MapGet("/replay", ReplayAsync)
            .WithSummary("The exercise as it was just after event 'seq', or at game time 'at' (such as 1h30m, PT90M or 01:30:00), rebuilt from the log.");
        review.MapGet("/report", ReportAsync)
            .WithSummary("The report as 'format' html (self-contained), md, json (the event log as JSON lines) or csv (MSEL-style injects and responses).");
    }

    private static async Task<IResult> ReplayAsync(string id, long? seq, string? at, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (seq is not null && at is not null)
        {
            return Results.Problem(statusCode: 400, title: "Choose one moment", detail: "Give either 'seq' or 'at', not both.");
        }

        if (seq is < 0)
        {
            return Results.Problem(statusCode: 400, title: "Bad moment", detail: "'seq' must be 0 or more.");
        }

        TimeSpan? gameTime = null;
        if (at is not null)
        {
            if (!TryParseGameTime(at, out var parsed))
            {
                return Results.Problem(statusCode: 400, title: "Bad moment", detail: $"'{at}' is not a game time; write it as 1h30m, PT90M or 01:30:00.");
            }

            gameTime = parsed;
        }

        var exercise = grains.GetGrain<IExerciseGrain>(id);
        var viewer = ViewerOf(user);
        if (await exercise.GetSnapshot(viewer) is not { } live)
        {
            return NoSuchExercise(id);
        }

        if (seq > live.Seq)
        {
            return Results.Problem(statusCode: 400, title: "Bad moment", detail: $"The log of exercise '{id}' ends at event {live.Seq}.");
        }

        return await exercise.GetReplay(viewer, seq, gameTime) is { } replayed ? Results.Ok(replayed) : NoSuchExercise(id);
    }

    private static async Task<IResult> ReportAsync(string id, string? format, bool? download, IGrainFactory grains, ExerciseMediaFiles media, HttpContext context, ClaimsPrincipal user)
    {
        if (!ReportFormats.TryParse(format ?? "html", out var chosen))
        {
            return Results.Problem(statusCode: 400, title: "Unknown report format", detail: $"'{format}' is not a report format; use one of {string.Join(", ", ReportFormats.Names)}.");
        }

        var exercise = grains.GetGrain<IExerciseGrain>(id);
        var viewer = ViewerOf(user);
        if (await exercise.GetReview(viewer) is not { } review)
        {
            return NoSuchExercise(id);
        }

        var events = new List<ExerciseEvent>();
        if (chosen == ReportFormat.Json)
        {
            IReadOnlyList<ExerciseEvent> page;
            do
            {
                page = await exercise.GetVisibleEvents(viewer, events.Count > 0 ? events[^1].Seq : 0, EventPage);
                events.AddRange(page);
            }
            while (page.Count == EventPage);
        }

        // The HTML report is self-contained: the images of the injects it shows go in as data: URIs.
        var images = chosen == ReportFormat.Html
            ? await media.ImagesAsync(id, review.ScenarioId, review.Injects.SelectMany(i => i.Media), context.RequestAborted)
            : null;
        var disposition = chosen == ReportFormat.Html && download != true ? "inline" : "attachment";
        context.Response.ContentType = ReportFormats.ContentType(chosen);
        context.Response.Headers.ContentDisposition = $"{disposition}; filename=\"{ReportFormats.FileName(id, chosen)}\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await ReportWriter.WriteAsync(writer, chosen, review, events, context.RequestAborted, images);
        await writer.FlushAsync(context.RequestAborted);
        return Results.Empty;
    }

    /// <summary>Null when the caller may read this exercise's review; otherwise the 403 that says why.</summary>
    private static IResult? MayReview(ClaimsPrincipal user, string? exerciseId)
    {
        var viewer = ViewerClaims.ViewerOf(user);
        if (viewer is null || exerciseId is null || !VisibilityPolicy.MayEnter(viewer, exerciseId))
        {
            return Results.Problem(statusCode: 403, title: "Not your exercise", detail: "You are signed in to another exercise.");
        }

        return VisibilityPolicy.Review(viewer) ? null
            : Results.Problem(statusCode: 403, title: "Control, evaluators and observers only", detail: "The review shows every team's answers; participants see their own in the exercise.");
    }

    /// <summary>The caller's viewer; the endpoint filter has already refused callers without one.</summary>
    private static Viewer ViewerOf(ClaimsPrincipal user) => ViewerClaims.ViewerOf(user)!;

    private static bool TryParseGameTime(string text, out TimeSpan value) =>
        DurationFormat.TryParse(text, out value) == DurationParseResult.Ok
        || (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero);

    private static IResult NoSuchExercise(string id) => Results.Problem(statusCode: 404, title: "No such exercise", detail: $"There is no exercise '{id}'.");
}
