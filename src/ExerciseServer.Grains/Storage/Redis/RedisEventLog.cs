using System.Text.Json;
using ExerciseServer.Core.Engine.Events;
using StackExchange.Redis;

namespace ExerciseServer.Grains.Storage.Redis;

/// <summary>
/// The event log in Redis: one sorted set per exercise, each event a member scored by its seq. An append is
/// one ZADD of the whole batch (one round trip; the multiplexer pipelines the appends of all exercises), and a
/// read is a score range. Durability is Redis's own (run it with appendonly yes).
/// </summary>
public sealed class RedisEventLog(IConnectionMultiplexer redis) : IEventLog
{
    public async Task AppendAsync(string exerciseId, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }

        var entries = events.Select(e => new SortedSetEntry(JsonSerializer.SerializeToUtf8Bytes(e, StorageJson.Options), e.Seq)).ToArray();
        await redis.GetDatabase().SortedSetAddAsync(Key(exerciseId), entries);
    }

    public async Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, long after, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0)
        {
            return [];
        }

        var values = await redis.GetDatabase().SortedSetRangeByScoreAsync(Key(exerciseId), after, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, max);
        return [.. values.Select(v => JsonSerializer.Deserialize<ExerciseEvent>((byte[])v!, StorageJson.Options)!)];
    }

    public async Task<long> LastSeqAsync(string exerciseId, CancellationToken cancellationToken = default)
    {
        var last = await redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(Key(exerciseId), -1, -1);
        return last.Length == 0 ? 0 : (long)last[0].Score;
    }

    private static RedisKey Key(string exerciseId) => $"exerciseserver:log:{exerciseId}";
}
