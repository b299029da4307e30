using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Hosting;

namespace ExerciseServer.Archives;

/// <summary>
/// Makes a new exercise, under a new id, from an archive: all or nothing. The archive is verified in memory first
/// (<see cref="ExerciseArchiveReader"/>); only then are its media files moved into place and the exercise grain
/// stores the log and the exercise; if that fails the media files go again.
/// </summary>
public sealed class ExerciseArchiveImporter(IGrainFactory grains, ImportedMediaFolder media, ILogger<ExerciseArchiveImporter> logger)
{
    public async Task<ArchiveImportOutcome> ImportAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var reading = ExerciseArchiveReader.Read(bytes);
        if (reading.Archive is not { } archive)
        {
            logger.LogWarning("Refused an exercise archive of {ArchiveBytes} bytes: {Refusal}", bytes.Length, reading.Refusal);
            return new ArchiveImportOutcome(null, reading.Refusal);
        }

        var id = ExerciseEndpoints.NewId();
        await media.WriteAsync(id, archive.Media, cancellationToken);
        CreateExerciseResult result;
        try
        {
            result = await grains.GetGrain<IExerciseGrain>(id).Import(new ImportExerciseRequest(
                archive.Manifest.ExerciseName, archive.Manifest.ScenarioId, archive.ScenarioFile, archive.ScenarioText, archive.Events));
        }
        catch
        {
            media.Delete(id);
            throw;
        }

        if (!result.Created)
        {
            media.Delete(id);
            return new ArchiveImportOutcome(null, result.Problem);
        }

        logger.LogInformation("Imported exercise {SourceExerciseId} (server {SourceVersion}) as {ExerciseId}: {EventCount} events, {MediaCount} media files",
            archive.Manifest.ExerciseId, archive.Manifest.ServerVersion, id, archive.Events.Count, archive.Media.Count);
        return new ArchiveImportOutcome(id, null);
    }
}
