using ExerciseServer.Grains.Storage;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace ExerciseServer.Hosting;

/// <summary>
/// Which failures mean "the store cannot be reached now" rather than a fault in the request: Redis down or timing
/// out, a grain call timing out or its silo gone, SQLite busy, locked, full or failing to read the disk. Those are
/// answered 503 (HTTP) or refused as <c>unavailable</c> (hub), with a reason a person can act on; anything else
/// stays a 500 that is logged.
/// </summary>
public static class StoreFailures
{
    /// <summary>What the user reads: their command may or may not be stored, and a retry with the same key is safe.</summary>
    public const string Reason =
        "the exercise store cannot be reached right now, so this may not have been stored; try again in a few seconds (a retry is stored at most once)";

    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL: https://www.sqlite.org/rescode.html
    private static readonly int[] TransientSqlite = [5, 6, 10, 13];

    public static bool IsUnavailable(Exception? exception) => exception switch
    {
        null => false,
        StoreUnavailableException or RedisException or TimeoutException or SiloUnavailableException or OrleansMessageRejectionException => true,

        // Orleans' Redis grain storage wraps Redis failures in its own type, which the host does not reference.
        _ when exception.GetType().Name == "RedisStorageException" => true,
        SqliteException sqlite => TransientSqlite.Contains(sqlite.SqliteErrorCode & 0xFF),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => IsUnavailable(exception.InnerException),
    };
}
