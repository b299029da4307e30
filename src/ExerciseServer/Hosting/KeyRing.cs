using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace ExerciseServer.Hosting;

/// <summary>
/// The ASP.NET Core Data Protection key ring that signs the sign-in cookies. Every node of a cluster must read the
/// same ring, or a cookie issued by one node is refused by the next one behind a round-robin proxy; one node must
/// keep its ring across restarts, or every restart signs everybody out. So: in cluster mode the ring lives in Redis
/// beside the exercises (one list per cluster id), otherwise in <c>keys/</c> under the data folder (0700). The
/// application name is fixed, because by default it is the install path, which differs between nodes.
/// </summary>
public static class KeyRing
{
    public const string ApplicationName = "ExerciseServer";

    public static IServiceCollection AddExerciseKeyRing(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration[ServerSettingNames.ClusterRedis] is { Length: > 0 })
        {
            // The silo's own Redis connection (registered with its storage), so one connection serves both.
            RedisKey key = $"exerciseserver:{configuration[ServerSettingNames.ClusterId] ?? "exerciseserver"}:data-protection-keys";
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
                options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), key));
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        }

        return services;
    }
}
