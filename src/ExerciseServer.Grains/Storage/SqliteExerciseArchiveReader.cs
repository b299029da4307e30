using System.Text.Json;
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

        // A database not yet migrated (the exercise was not activated since) still has the old segments.
        var segments = new SqliteEventSegmentStore(database);
        var events = new List<ExerciseEvent>();
        for (var segment = 0; segment < stored.SealedSegments; segment++)
        {
            events.AddRange(await segments.ReadAsync(exerciseId, segment, cancellationToken));
        }

        events.AddRange(stored.OpenSegment);
        events.AddRange(await ReadLogAsync(database, exerciseId, events.Count > 0 ? events[^1].Seq : 0, cancellationToken));
        return new ExerciseArchive(exerciseId, stored.Name, stored.ScenarioId, stored.ScenarioFile, stored.ScenarioText, events);
    }

    private static async Task<List<ExerciseEvent>> ReadLogAsync(SqliteDatabase database, string exerciseId, long after, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events WHERE exercise_id = $id AND seq > $after ORDER BY seq";
        command.Parameters.AddWithValue("$id", exerciseId);
        command.Parameters.AddWithValue("$after", after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<ExerciseEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(JsonSerializer.Deserialize<ExerciseEvent>(reader.GetString(0), StorageJson.Options)!);
        }

        return events;
    }
}
