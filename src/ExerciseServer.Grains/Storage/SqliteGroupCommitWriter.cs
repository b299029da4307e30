using System.Diagnostics;
using System.Text.Json;
using ExerciseServer.Grains.Diagnostics;
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
/// Every append in the process passes through this one writer, so it runs on a thread of its own, woken as soon
/// as an append queues, rather than taking its turn in the thread pool's queue behind the grains' work; and it
/// does only what must be serial: each event is serialized to its JSON row by the caller before it queues, and
/// the rows go in through one statement prepared once per connection.
/// </para>
/// </summary>
public sealed class SqliteGroupCommitWriter : IAsyncDisposable
{
    /// <summary>An upper bound so one transaction (and each caller's wait) stays short.</summary>
    public const int MaxBatchEvents = 4_096;

    /// <summary>The writer connection's page cache, in KiB (SQLite's default is 2,000).</summary>
    public const int WriterCacheKibibytes = 32 * 1024;

    // A plain INSERT: a seq stored twice means two writers of one exercise, which must fail, not overwrite.
    private const string InsertSql = "INSERT INTO events (exercise_id, seq, data) VALUES (?1, ?2, ?3)";

    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly Queue<Append> _queue = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;
    private bool _waiting;

    public SqliteGroupCommitWriter(SqliteDatabase database, ILogger<SqliteGroupCommitWriter> logger)
    {
        _database = database;
        _logger = logger;
        new Thread(Run) { IsBackground = true, Name = "SQLite event log writer" }.Start();
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
        lock (_gate)
        {
            if (_closed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(SqliteGroupCommitWriter), "The event log is shutting down."));
            }

            _queue.Enqueue(append);
            if (_waiting)
            {
                Monitor.Pulse(_gate);
            }
        }

        return append.Done.Task;
    }

    /// <summary>Stops taking appends; completes when everything queued before is committed (or failed).</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.Pulse(_gate);
        }

        await _stopped.Task;
    }

    private void Run()
    {
        Connection? connection = null;
        var batch = new List<Append>();
        try
        {
            while (Take(batch))
            {
                try
                {
                    connection ??= Connection.Open(_database);
                    var started = Stopwatch.GetTimestamp();
                    connection.Commit(batch);
                    ExerciseTelemetry.CommitDuration.Record(ExerciseTelemetry.SecondsSince(started));
                    ExerciseTelemetry.CommitEvents.Record(EventsIn(batch));
                    foreach (var append in batch)
                    {
                        append.Done.TrySetResult();
                    }
                }
                catch (Exception ex)
                {
                    connection = Drop(connection);
                    CommitOneByOne(batch, ex);
                }
            }
        }
        finally
        {
            Drop(connection);
            _stopped.TrySetResult();
        }
    }

    /// <summary>Waits for appends and takes what has queued (up to the bound); false once closed and drained.</summary>
    private bool Take(List<Append> batch)
    {
        batch.Clear();
        lock (_gate)
        {
            while (_queue.Count == 0)
            {
                if (_closed)
                {
                    return false;
                }

                _waiting = true;
                Monitor.Wait(_gate);
                _waiting = false;
            }

            var events = 0;
            while (events < MaxBatchEvents && _queue.TryDequeue(out var append))
            {
                batch.Add(append);
                events += append.Rows.Length;
            }

            return true;
        }
    }

    /// <summary>A failed group is retried append by append, so one bad append fails only its own caller.</summary>
    private void CommitOneByOne(List<Append> batch, Exception groupFailure)
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
                connection = Connection.Open(_database);
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
                Drop(connection);
            }
        }
    }

    private static int EventsIn(List<Append> batch)
    {
        var events = 0;
        foreach (var append in batch)
        {
            events += append.Rows.Length;
        }

        return events;
    }

    private static Connection? Drop(Connection? connection)
    {
        connection?.Dispose();
        return null;
    }

    /// <summary>One event as stored: its seq and its JSON (UTF-8), the row's <c>data</c> text.</summary>
    private readonly record struct Row(long Seq, byte[] Json);

    private sealed record Append(string ExerciseId, Row[] Rows, TaskCompletionSource Done);

    /// <summary>The writer's connection with its insert statement, prepared once and reused by every commit.</summary>
    private sealed class Connection : IDisposable
    {
        private readonly SqliteConnection _sqlite;
        private readonly sqlite3_stmt _insert;

        private Connection(SqliteConnection sqlite, sqlite3_stmt insert)
        {
            _sqlite = sqlite;
            _insert = insert;
        }

        public static Connection Open(SqliteDatabase database)
        {
            // This thread is the writer's own, so it may block.
            var sqlite = database.Open();

            // Rows of a WITHOUT ROWID table sit whole in its interior pages too, so each exercise's path from the
            // root to the end of its log is several pages deep; a hundred long logs' paths overflow SQLite's
            // default 2 MiB page cache and every insert would read pages again. 32 MiB keeps them all.
            using (var pragma = sqlite.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA cache_size = -{WriterCacheKibibytes};";
                pragma.ExecuteNonQuery();
            }

            var rc = raw.sqlite3_prepare_v2(sqlite.Handle, InsertSql, out sqlite3_stmt insert);
            if (rc != raw.SQLITE_OK)
            {
                insert.Dispose();
                try
                {
                    SqliteException.ThrowExceptionForRC(rc, sqlite.Handle);
                }
                finally
                {
                    sqlite.Dispose();
                }
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

        public void Dispose()
        {
            // Finalized before the connection goes back to the pool, which must not keep a statement of ours.
            _insert.Dispose();
            _sqlite.Dispose();
        }
    }
}
