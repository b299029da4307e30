using ExerciseServer.Grains;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using StackExchange.Redis;

namespace ExerciseServer.Tests.Hosting;

/// <summary>Which failures are "the store cannot be reached" (503 / unavailable), and that they stay so when they come from a grain on another node.</summary>
public sealed class StoreFailuresTests
{
    // What a grain on another node failed with while Redis was stopped in the browser cluster test.
    private static RedisConnectionException RedisDown() =>
        new(ConnectionFailureType.UnableToConnect, "The message timed out in the backlog attempting to send because no connection became available (5000ms)",
            new RedisConnectionException(ConnectionFailureType.UnableToConnect, "UnableToConnect on 127.0.0.1:41037/Interactive"));

    public static TheoryData<Exception> Unavailable() =>
    [
        RedisDown(),
        new RedisTimeoutException("Timeout performing ZADD", CommandStatus.WaitingToBeSent),
        new TimeoutException("grain call timed out"),
        new StoreUnavailableException("RedisConnectionException: UnableToConnect"),
        new AggregateException(new InvalidOperationException("other"), RedisDown()),
        new InvalidOperationException("wrapped", RedisDown()),
        new SqliteException("database is locked", 5),
    ];

    public static TheoryData<Exception> Faults() =>
    [
        new InvalidOperationException("a bug"),
        new ArgumentException("bad input"),
        new SqliteException("constraint failed", 19),
        new CodecNotFoundException("a type without a codec is a bug, not an outage"),
    ];

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void Store_failures_are_unavailable(Exception failure) => Assert.True(StoreFailures.IsUnavailable(failure));

    [Theory]
    [MemberData(nameof(Faults))]
    public void Other_failures_stay_faults(Exception failure) => Assert.False(StoreFailures.IsUnavailable(failure));

    [Fact]
    public void A_redis_failure_cannot_cross_silos_but_its_portable_form_can_and_is_still_unavailable()
    {
        using var services = new ServiceCollection().AddExerciseSerialization().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        // The root cause of the 500s: Orleans has no codec for Redis' exceptions, so the caller got CodecNotFoundException.
        Assert.Throws<CodecNotFoundException>(() => serializer.SerializeToArray<Exception>(RedisDown()));

        var portable = StoreFailureGrainCallFilter.Portable(RedisDown());
        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(portable));

        var unavailable = Assert.IsType<StoreUnavailableException>(received);
        Assert.Contains("no connection became available", unavailable.Message, StringComparison.Ordinal);
        Assert.True(StoreFailures.IsUnavailable(unavailable));
    }
}
