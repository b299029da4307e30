using System.Text.Json;
using ExerciseServer.Core.Engine.Events;
using StackExchange.Redis;

namespace ExerciseServer.Grains.Storage.Redis;

/// <summary>Legacy sealed log segments as Redis strings, one key per segment; read and removed by the migration.</summary>
public sealed class RedisEventSegmentStore(IConnectionMultiplexer redis) : IEventSegmentStore
{
    public async Task WriteAsync(string exerciseId, int segment, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().StringSetAsync(Key(exerciseId, segment), JsonSerializer.SerializeToUtf8Bytes(events, StorageJson.Options));

    public async Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, int segment, CancellationToken cancellationToken = default)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(exerciseId, segment));
        if (value.IsNull)
        {
            throw new InvalidOperationException($"Segment {segment} of exercise {exerciseId} is missing from Redis.");
        }

        return JsonSerializer.Deserialize<List<ExerciseEvent>>((byte[])value!, StorageJson.Options)!;
    }

    public async Task DeleteAsync(string exerciseId, int count, CancellationToken cancellationToken = default)
    {
        if (count > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync([.. Enumerable.Range(0, count).Select(s => Key(exerciseId, s))]);
        }
    }

    private static RedisKey Key(string exerciseId, int segment) => $"exerciseserver:segments:{exerciseId}:{segment}";
}
