using ExerciseServer.Core.Archives;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Security;
using Microsoft.AspNetCore.Http.Features;

namespace ExerciseServer.Archives;

/// <summary>
/// Exercise archives over HTTP, for exercise control only: one exercise as one file (<see cref="ArchiveFormat"/>),
/// and an archive made into a new exercise on this server. Every refusal is problem details with the reason. The
/// import takes the raw file as the body (not a form), so a browser sends it only after a CORS preflight.
/// </summary>
public static class ArchiveEndpoints
{
    private const int EventPage = 10_000;

    public static void MapArchiveApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/exercises").WithTags("Exercises").RequireAuthorization(ExerciseClaims.ControlPolicy);
        api.MapGet("/{id}/archive", ExportAsync)
            .WithSummary("The exercise as one archive (zip): manifest, scenario, media and event log; join codes and passwords are not in it.");
        api.MapPost("/import", ImportAsync)
            .WithSummary("A new exercise from an archive, verified by replaying its log; a damaged or foreign archive is refused and nothing is created.");
    }

    private static async Task<IResult> ExportAsync(string id, IGrainFactory grains, ExerciseMediaFiles media, TimeProvider time, CancellationToken cancellationToken)
    {
        var exercise = grains.GetGrain<IExerciseGrain>(id);
        if (await exercise.GetArchiveSource() is not { } source)
        {
            return Results.Problem(statusCode: 404, title: "No such exercise", detail: $"There is no exercise '{id}'.");
        }

        if (source.Lifecycle == "running")
        {
            return Results.Problem(statusCode: 409, title: "The exercise is running",
                detail: "A running exercise's clock moves on while it is copied; pause or end it, then export it.");
        }

        var events = new List<ExerciseEvent>();
        IReadOnlyList<ExerciseEvent> page;
        do
        {
            page = await exercise.GetEvents(events.Count > 0 ? events[^1].Seq : 0, EventPage);
            events.AddRange(page);
        }
        while (page.Count == EventPage);

        var names = ScenarioLoader.Load(source.ScenarioFile, source.ScenarioText).Scenario?.Injects.SelectMany(i => i.Media).Select(m => m.Value) ?? [];
        var files = await media.ReadAllAsync(id, source.ScenarioId, names, cancellationToken);
        var archive = ExerciseArchiveWriter.Write(
            new ArchiveContents(id, source.Name, source.ScenarioId, source.ScenarioFile, source.ScenarioText, events, files), time.GetUtcNow());
        return archive is null
            ? Results.Problem(statusCode: 422, title: "The exercise's scenario no longer loads", detail: $"The scenario stored with exercise '{id}' has errors on this server, so its log cannot be verified.")
            : Results.File(archive, "application/zip", ArchiveFormat.FileName(id));
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ExerciseArchiveImporter importer, CancellationToken cancellationToken)
    {
        // A form, text/plain or no type at all can be posted cross-site without a preflight; a file type cannot.
        if (string.IsNullOrEmpty(request.ContentType) || request.HasFormContentType || request.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: 415, title: "Send the archive itself as the body", detail: "Use Content-Type application/zip, not a form.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ExerciseArchiveReader.MaxArchiveBytes + 1;
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > ExerciseArchiveReader.MaxArchiveBytes)
            {
                return Results.Problem(statusCode: 413, title: "The archive is too large", detail: $"An archive has at most {ExerciseArchiveReader.MaxArchiveBytes:N0} bytes.");
            }

            body.Write(buffer, 0, read);
        }

        var outcome = await importer.ImportAsync(body.ToArray(), cancellationToken);
        return outcome.ExerciseId is { } id
            ? Results.Created($"/api/exercises/{id}", new { id })
            : Results.Problem(statusCode: 422, title: "The archive was refused; nothing was imported", detail: outcome.Refusal);
    }
}
