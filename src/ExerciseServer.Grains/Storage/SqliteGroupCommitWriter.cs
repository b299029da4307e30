using System.Text.Json;
using System.Threading.Channels;
using ExerciseServer.Core.Engine.Events;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The one writer of a SQLite database's event log. Appends of all exercises queue here; the writer takes
/// everything that queued while the previous transaction committed (up to <see cref="MaxBatchEvents"/>) and
/// stores it in one transaction, then completes each caller. No timer window: an idle writer commits a lone
/// append at once, and a busy one batches exactly what arrived during its last commit (group commit).
/// <para>
/// The writer thread does only what must be serial: each event is serialized to its JSON row by the caller,
/// before it queues, and the rows go in through one statement prepared once per connection.
/// </para>
/// </summary>
public sealed class SqliteGroupCommitWriter : IAsyncDisposable
{
    /// <summary>An upper bound so one transaction (and each caller's wait) stays short.</summary>
    public const int MaxBatchEvents = 4_096;

    // A plain INSERT: a seq stored twice means two writers of one exercise, which must fail, not overwrite.
    private const string InsertSql = "INSERT INTO events (exercise_id, seq, data) VALUES (?1, ?2, ?3)";

    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;
    private readonly Channel<Append> _queue = Channel.CreateUnbounded<Append>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public SqliteGroupCommitWriter(SqliteDatabase database, ILogger<SqliteGroupCommitWriter> logger)
    {
        _database = database;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when the events are committed; fails when their transaction failed.</summary>
    public Task AppendAsync(string exerciseId, IReadOnlyList<ExerciseEvent> events)
    {
        // Serialized here, on the caller's thread (the exercise grain's), so the single writer only inserts.
        var rows = new Row[events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = events[i];
            rows[i] = new Row(e.Seq, JsonSerializer.SerializeToUtf8Bytes(e, StorageJson.Options));
        }

        var append = new Append(exerciseId, rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(append))
        {
            return Task.FromException(new ObjectDisposedException(nameof(SqliteGroupCommitWriter), "The event log is shutting down."));
        }

        return append.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        Connection? connection = null;
        var batch = new List<Append>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                var events = 0;
                while (events < MaxBatchEvents && _queue.Reader.TryRead(out var append))
                {
                    batch.Add(append);
                    events += append.Rows.Length;
                }

                try
                {
                    connection ??= await Connection.OpenAsync(_database);
                    connection.Commit(batch);
                    foreach (var append in batch)
                    {
                        append.Done.TrySetResult();
                    }
                }
                catch (Exception ex)
                {
                    connection = await DropAsync(connection);
                    await CommitOneByOneAsync(batch, ex);
                }
            }
        }
        finally
        {
            await DropAsync(connection);
        }
    }

    /// <summary>A failed group is retried append by append, so one bad append fails only its own caller.</summary>
    private async Task CommitOneByOneAsync(List<Append> batch, Exception groupFailure)
    {
        if (batch.Count == 1)
        {
            batch[0].Done.TrySetException(groupFailure);
            return;
        }

        foreach (var append in batch)
        {
            Connection? connection = null;
            try
            {
                connection = await Connection.OpenAsync(_database);
                connection.Commit([append]);
                append.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Could not append {EventCount} events of exercise {ExerciseId}", append.Rows.Length, append.ExerciseId);
                append.Done.TrySetException(ex);
            }
            finally
            {
                await DropAsync(connection);
            }
        }
    }

    private static async Task<Connection?> DropAsync(Connection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        return null;
    }

    /// <summary>One event as stored: its seq and its JSON (UTF-8), the row's <c>data</c> text.</summary>
    private readonly record struct Row(long Seq, byte[] Json);

    private sealed record Append(string ExerciseId, Row[] Rows, TaskCompletionSource Done);

    /// <summary>The writer's connection with its insert statement, prepared once and reused by every commit.</summary>
    private sealed class Connection : IAsyncDisposable
    {
        private readonly SqliteConnection _sqlite;
        private readonly sqlite3_stmt _insert;

        private Connection(SqliteConnection sqlite, sqlite3_stmt insert)
        {
            _sqlite = sqlite;
            _insert = insert;
        }

        public static async Task<Connection> OpenAsync(SqliteDatabase database)
        {
            var sqlite = await database.OpenAsync();
            var rc = raw.sqlite3_prepare_v2(sqlite.Handle, InsertSql, out sqlite3_stmt insert);
            if (rc != raw.SQLITE_OK)
            {
                insert.Dispose();
                await sqlite.DisposeAsync();
                SqliteException.ThrowExceptionForRC(rc, sqlite.Handle);
            }

            return new Connection(sqlite, insert);
        }

        /// <summary>Stores the batch in one transaction; on any failure nothing of it is stored.</summary>
        public void Commit(List<Append> batch)
        {
            using var transaction = _sqlite.BeginTransaction();
            var db = _sqlite.Handle!;
            foreach (var append in batch)
            {
                // Bindings outlive a reset: the exercise is bound once per append.
                raw.sqlite3_bind_text(_insert, 1, append.ExerciseId);
                foreach (var row in append.Rows)
                {
                    // Text from the JSON's UTF-8 bytes: the same TEXT value as binding the string, without the round trip.
                    raw.sqlite3_bind_int64(_insert, 2, row.Seq);
                    raw.sqlite3_bind_text(_insert, 3, row.Json);
                    var rc = raw.sqlite3_step(_insert);
                    try
                    {
                        if (rc != raw.SQLITE_DONE)
                        {
                            SqliteException.ThrowExceptionForRC(rc, db);
                        }
                    }
                    finally
                    {
                        raw.sqlite3_reset(_insert);
                    }
                }
            }

            transaction.Commit();
        }

        public async ValueTask DisposeAsync()
        {
            // Finalized before the connection goes back to the pool, which must not keep a statement of ours.
            _insert.Dispose();
            await _sqlite.DisposeAsync();
        }
    }
}
