using System.Text.Json;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>Legacy segment rows in the embedded database, read and removed by the migration.</summary>
public sealed class SqliteEventSegmentStore(SqliteDatabase database) : IEventSegmentStore
{
    public async Task WriteAsync(string exerciseId, int segment, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO event_segments (exercise_id, segment, data) VALUES ($id, $segment, $data)";
        command.Parameters.AddWithValue("$id", exerciseId);
        command.Parameters.AddWithValue("$segment", segment);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(events, StorageJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, int segment, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM event_segments WHERE exercise_id = $id AND segment = $segment";
        command.Parameters.AddWithValue("$id", exerciseId);
        command.Parameters.AddWithValue("$segment", segment);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException($"Segment {segment} of exercise {exerciseId} is missing from the store.");
        return JsonSerializer.Deserialize<List<ExerciseEvent>>(data, StorageJson.Options)!;
    }

    public async Task DeleteAsync(string exerciseId, int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM event_segments WHERE exercise_id = $id AND segment < $count";
        command.Parameters.AddWithValue("$id", exerciseId);
        command.Parameters.AddWithValue("$count", count);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
