using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Storage.Redis;
using Orleans.Hosting;
using StackExchange.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Runtime.Hosting;

namespace ExerciseServer.Grains;

/// <summary>Registers what the grains need on a silo: serialization of Core types, and the embedded store.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>Core and contract types cross grain calls as System.Text.Json; Core stays free of Orleans.</summary>
    public static bool IsJsonSerialized(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("ExerciseServer.Core", StringComparison.Ordinal) || ns.StartsWith("ExerciseServer.Grains.Contracts", StringComparison.Ordinal));

    public static IServiceCollection AddExerciseSerialization(this IServiceCollection services)
    {
        services.AddSingleton<ITypeFilter, ExerciseTypeFilter>();
        return services.AddSerializer(serializer => serializer.AddJsonSerializer(IsJsonSerialized, StorageJson.Options));
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
