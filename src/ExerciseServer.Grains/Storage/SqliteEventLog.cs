using System.Text.Json;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The event log in the embedded database: one row per event keyed by (exercise, seq), appended through the
/// database's single group-committing writer and read by seq range from any pooled connection (WAL readers
/// never block the writer).
/// </summary>
public sealed class SqliteEventLog(SqliteDatabase database, SqliteGroupCommitWriter writer) : IEventLog
{
    public Task AppendAsync(string exerciseId, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default) =>
        events.Count == 0 ? Task.CompletedTask : writer.AppendAsync(exerciseId, events);

    public async Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, long after, int max, CancellationToken cancellationToken = default)
    {
        var events = new List<ExerciseEvent>();
        if (max <= 0)
        {
            return events;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events WHERE exercise_id = $id AND seq > $after ORDER BY seq LIMIT $max";
        command.Parameters.AddWithValue("$id", exerciseId);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(JsonSerializer.Deserialize<ExerciseEvent>(reader.GetString(0), StorageJson.Options)!);
        }

        return events;
    }

    public async Task<long> LastSeqAsync(string exerciseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM events WHERE exercise_id = $id";
        command.Parameters.AddWithValue("$id", exerciseId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
