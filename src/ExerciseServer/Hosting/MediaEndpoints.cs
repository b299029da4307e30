using System.Globalization;
using System.Security.Claims;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Archives;
using ExerciseServer.Security;
using Microsoft.Net.Http.Headers;

namespace ExerciseServer.Hosting;

/// <summary>
/// An exercise's media files (<c>media:</c> of its injects), to whoever may read an inject that carries the file —
/// the <see cref="VisibilityPolicy"/>'s decision, asked through the exercise grain. Anyone else, signed in or not,
/// gets the same 404 as for a file that does not exist, so a name reveals nothing; a viewer of another exercise
/// gets 403, as on every exercise path. Files are cached privately and revalidated by ETag, since release changes
/// who may read them.
/// </summary>
public static class MediaEndpoints
{
    public static void MapMediaApi(this WebApplication app) =>
        app.MapGet("/api/exercises/{id}/media/{name}", GetAsync).WithTags("Exercises")
            .WithSummary("A media file of a released inject the caller may read (image, PDF or audio).");

    private static async Task<IResult> GetAsync(string id, string name, IGrainFactory grains, ExerciseMediaFiles media, HttpContext context, ClaimsPrincipal user)
    {
        var viewer = ViewerClaims.ViewerOf(user);
        if (viewer is not null && !VisibilityPolicy.MayEnter(viewer, id))
        {
            return Results.Problem(statusCode: 403, title: "Not your exercise", detail: "You are signed in to another exercise.");
        }

        if (viewer is null || !MediaFiles.IsPlainName(name)
            || await grains.GetGrain<IExerciseGrain>(id).FindMedia(viewer, name) is not { } scenarioId
            || media.Find(id, scenarioId, name) is not { } file)
        {
            return NoSuchMedia(name);
        }

        var etag = new EntityTagHeaderValue($"\"{file.Length.ToString(CultureInfo.InvariantCulture)}-{file.LastWriteTimeUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)}\"");
        var type = MediaFiles.TypeOf(name)!;

        // Private: a shared cache must not hand one team's file to another; no-cache: ask again, so a file is never
        // shown from cache to someone who may not read it any more (a reset exercise), yet 304 saves the bytes.
        context.Response.Headers.CacheControl = "private, no-cache";
        if (type.Kind == MediaKind.Document)
        {
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        }

        return Results.File(file.FullName, type.ContentType, lastModified: file.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: type.Kind == MediaKind.Audio);
    }

    private static IResult NoSuchMedia(string name) =>
        Results.Problem(statusCode: 404, title: "No such media", detail: $"There is no media file '{name}' you may read in this exercise.");
}
