using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// Grain state in the embedded SQLite file, as JSON, with an integer ETag for optimistic concurrency: a write
/// that does not carry the stored ETag fails with <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public sealed class SqliteGrainStorage(string name, SqliteDatabase database) : IGrainStorage
{
    public string Name { get; } = name;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, data FROM grain_state WHERE grain_type = $type AND grain_key = $key";
        command.Parameters.AddWithValue("$type", TypeOf(stateName));
        command.Parameters.AddWithValue("$key", grainId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
            grainState.State = JsonSerializer.Deserialize<T>(reader.GetString(1), StorageJson.Options)!;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.State = Activator.CreateInstance<T>();
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var data = JsonSerializer.Serialize(grainState.State, StorageJson.Options);
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$type", TypeOf(stateName));
        command.Parameters.AddWithValue("$key", grainId.ToString());
        command.Parameters.AddWithValue("$data", data);
        if (grainState.ETag is null)
        {
            command.CommandText = "INSERT INTO grain_state (grain_type, grain_key, etag, data) VALUES ($type, $key, 1, $data) ON CONFLICT DO NOTHING";
            if (await command.ExecuteNonQueryAsync() == 0)
            {
                throw new InconsistentStateException($"State '{stateName}' of {grainId} was written by someone else first.", "(another writer)", "(none)");
            }

            grainState.ETag = "1";
        }
        else
        {
            var expected = long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
            command.CommandText = "UPDATE grain_state SET etag = etag + 1, data = $data WHERE grain_type = $type AND grain_key = $key AND etag = $etag";
            command.Parameters.AddWithValue("$etag", expected);
            if (await command.ExecuteNonQueryAsync() == 0)
            {
                throw new InconsistentStateException($"State '{stateName}' of {grainId} changed since it was read (ETag {expected}).", "(newer)", grainState.ETag);
            }

            grainState.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
        }

        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = grainState.ETag is null
            ? "DELETE FROM grain_state WHERE grain_type = $type AND grain_key = $key"
            : "DELETE FROM grain_state WHERE grain_type = $type AND grain_key = $key AND etag = $etag";
        command.Parameters.AddWithValue("$type", TypeOf(stateName));
        command.Parameters.AddWithValue("$key", grainId.ToString());
        if (grainState.ETag is not null)
        {
            command.Parameters.AddWithValue("$etag", long.Parse(grainState.ETag, CultureInfo.InvariantCulture));
            if (await command.ExecuteNonQueryAsync() == 0)
            {
                throw new InconsistentStateException($"State '{stateName}' of {grainId} changed since it was read.", "(newer)", grainState.ETag);
            }
        }
        else
        {
            await command.ExecuteNonQueryAsync();
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    private string TypeOf(string stateName) => $"{Name}/{stateName}";
}
