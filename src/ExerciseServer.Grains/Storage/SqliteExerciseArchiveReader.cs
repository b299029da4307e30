using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Exercises;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// Reads an exercise straight from the embedded SQLite file, with no silo: for the report verb, which may run
/// while the server is up (the write-ahead log lets it read beside the writer) or long after.
/// </summary>
public static class SqliteExerciseArchiveReader
{
    /// <summary>The exercise, or null when the database holds no exercise with that id.</summary>
    public static async Task<ExerciseArchive?> ReadAsync(string databasePath, string exerciseId, CancellationToken cancellationToken = default)
    {
        var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = databasePath });
        var storage = new SqliteGrainStorage(GrainStorage.Name, database);
        var state = new GrainState<ExerciseGrainState>();
        await storage.ReadStateAsync("exercise", GrainId.Create("exercise", exerciseId), state);
        if (!state.RecordExists || state.State is not { } stored)
        {
            return null;
        }

        var segments = new SqliteEventSegmentStore(database);
        var events = new List<ExerciseEvent>();
        for (var segment = 0; segment < stored.SealedSegments; segment++)
        {
            events.AddRange(await segments.ReadAsync(exerciseId, segment, cancellationToken));
        }

        events.AddRange(stored.OpenSegment);
        return new ExerciseArchive(exerciseId, stored.Name, stored.ScenarioId, stored.ScenarioFile, stored.ScenarioText, events);
    }
}
