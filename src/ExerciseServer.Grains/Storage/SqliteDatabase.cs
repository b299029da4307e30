using Microsoft.Data.Sqlite;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The embedded SQLite database: one file, write-ahead log (readers never block the writer, a committed write
/// survives a killed process), schema created on first use, readable only by the server's user (0600).
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>Write-ahead log pages (4 KiB each) between automatic checkpoints, so the log stays near 40 MiB.</summary>
    public const int CheckpointPages = 10_000;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _ready;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        var file = Path.GetFullPath(options.DatabasePath);
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }

        // SQLite creates its write-ahead log and shared-memory files with the database file's mode.
        PrivateFiles.CreateFile(file, file + "-wal", file + "-shm");

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            // NORMAL in WAL mode loses nothing when the process dies; only a power cut can take the last commits.
            // Checkpoints every CheckpointPages pages of log instead of SQLite's 1,000: under a steady stream of
            // small commits the same hot pages are logged over and over, and each checkpoint copies a page once
            // however often it was logged, so rarer checkpoints copy (and fsync) far less per event stored.
            pragmas.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = {CheckpointPages};";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!_ready)
        {
            await EnsureSchemaAsync(connection, cancellationToken);
        }

        return connection;
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS grain_state (
                    grain_type TEXT NOT NULL,
                    grain_key  TEXT NOT NULL,
                    etag       INTEGER NOT NULL,
                    data       TEXT NOT NULL,
                    PRIMARY KEY (grain_type, grain_key)
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS event_segments (
                    exercise_id TEXT NOT NULL,
                    segment     INTEGER NOT NULL,
                    data        TEXT NOT NULL,
                    PRIMARY KEY (exercise_id, segment)
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS events (
                    exercise_id TEXT NOT NULL,
                    seq         INTEGER NOT NULL,
                    data        TEXT NOT NULL,
                    PRIMARY KEY (exercise_id, seq)
                ) WITHOUT ROWID;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
