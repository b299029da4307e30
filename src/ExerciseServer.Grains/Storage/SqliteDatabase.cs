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
    private readonly Lock _schemaLock = new();
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
        Prepare(connection);
        return connection;
    }

    /// <summary>For a thread of the caller's own (the event log's writer), which may block.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Prepare(connection);
        return connection;
    }

    // SQLite does no asynchronous I/O (Microsoft.Data.Sqlite's async methods complete synchronously), so one
    // synchronous preparation serves both ways of opening.
    private void Prepare(SqliteConnection connection)
    {
        using (var pragmas = connection.CreateCommand())
        {
            // NORMAL in WAL mode loses nothing when the process dies; only a power cut can take the last commits.
            // Checkpoints every CheckpointPages pages of log instead of SQLite's 1,000: under a steady stream of
            // small commits the same hot pages are logged over and over, and each checkpoint copies a page once
            // however often it was logged, so rarer checkpoints copy (and fsync) far less per event stored.
            pragmas.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = {CheckpointPages};";
            pragmas.ExecuteNonQuery();
        }

        if (!_ready)
        {
            EnsureSchema(connection);
        }
    }

    private void EnsureSchema(SqliteConnection connection)
    {
        lock (_schemaLock)
        {
            if (_ready)
            {
                return;
            }

            using var command = connection.CreateCommand();
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
            command.ExecuteNonQuery();
            _ready = true;
        }
    }
}
