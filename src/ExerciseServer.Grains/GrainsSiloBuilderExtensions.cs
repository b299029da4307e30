using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Storage.Redis;
using Orleans.Hosting;
using StackExchange.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Runtime.Hosting;

namespace ExerciseServer.Grains;

/// <summary>Registers what the grains need on a silo: serialization of Core types, and the embedded store.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>Core and contract types cross grain calls as System.Text.Json; Core stays free of Orleans.</summary>
    public static bool IsJsonSerialized(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("ExerciseServer.Core", StringComparison.Ordinal) || ns.StartsWith("ExerciseServer.Grains.Contracts", StringComparison.Ordinal));

    /// <summary>
    /// Commands and events are immutable records (init-only properties of immutable types; the test
    /// <c>CoreRecordsAreImmutable</c> holds them to it), so a call inside one process passes them by reference
    /// instead of copying them through a JSON round trip. They still cross process boundaries as JSON.
    /// </summary>
    public static bool IsImmutableRecord(Type type) =>
        type.IsSealed && (typeof(ExerciseCommand).IsAssignableFrom(type) || typeof(ExerciseEvent).IsAssignableFrom(type) || type == typeof(EventAudience) || type == typeof(CommandIssuer));

    public static IServiceCollection AddExerciseSerialization(this IServiceCollection services)
    {
        services.AddSingleton<ITypeFilter, ExerciseTypeFilter>();
        services.AddSingleton<IGeneralizedCopier>(ImmutableRecordCopier.Instance);
        return services.AddSerializer(serializer => serializer.AddJsonSerializer(
            IsJsonSerialized,
            type => IsJsonSerialized(type) && !IsImmutableRecord(type),
            options => options.Configure(o => o.SerializerOptions = StorageJson.Options)));
    }

    /// <summary>The embedded default: grain state and the append-only event log in one SQLite file.</summary>
    public static ISiloBuilder AddSqliteExerciseStorage(this ISiloBuilder silo, string databasePath)
    {
        silo.Services.AddSingleton(new SqliteStorageOptions { DatabasePath = databasePath });
        silo.Services.AddSingleton<SqliteDatabase>();
        silo.Services.AddSingleton<IEventSegmentStore, SqliteEventSegmentStore>();
        silo.Services.AddSingleton<SqliteGroupCommitWriter>();
        silo.Services.AddSingleton<IEventLog, SqliteEventLog>();
        silo.Services.AddGrainStorage(GrainStorage.Name, (services, name) => new SqliteGrainStorage(name, services.GetRequiredService<SqliteDatabase>()));
        return silo;
    }

    /// <summary>Cluster mode: grain state and the append-only event log in Redis, beside Redis clustering.</summary>
    public static ISiloBuilder AddRedisExerciseStorage(this ISiloBuilder silo, string redisConfiguration)
    {
        var options = ConfigurationOptions.Parse(redisConfiguration);

        // A node starting during a Redis blip keeps trying to connect instead of failing its first store call for good.
        options.AbortOnConnectFail = false;
        silo.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        silo.Services.AddSingleton<IEventSegmentStore, RedisEventSegmentStore>();
        silo.Services.AddSingleton<IEventLog, RedisEventLog>();
        silo.AddRedisGrainStorage(GrainStorage.Name, storage =>
        {
            storage.ConfigurationOptions = options;
            storage.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer();
        });
        return silo;
    }

    /// <summary>Serialization, waking every exercise that was running when the silo stopped, and join-code hashing.</summary>
    public static ISiloBuilder AddExerciseGrains(this ISiloBuilder silo)
    {
        silo.Services.AddExerciseSerialization();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, RunningExercisesResumer>();
        silo.Services.AddSingleton<JoinCodeHasher>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, LegacyJoinCodeMigration>();
        return silo;
    }
}

/// <summary>The copier of <see cref="GrainsSiloBuilderExtensions.IsImmutableRecord"/> types: the value itself.</summary>
internal sealed class ImmutableRecordCopier : IGeneralizedCopier, IOptionalDeepCopier
{
    public static ImmutableRecordCopier Instance { get; } = new();

    public bool IsSupportedType(Type type) => GrainsSiloBuilderExtensions.IsImmutableRecord(type);

    public bool IsShallowCopyable() => true;

    public object? DeepCopy(object? input, CopyContext context) => input;
}
