using System.Text.Json;
using System.Threading.Channels;
using ExerciseServer.Core.Engine.Events;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The one writer of a SQLite database's event log. Appends of all exercises queue here; the writer takes
/// everything that queued while the previous transaction committed (up to <see cref="MaxBatchEvents"/>) and
/// stores it in one transaction, then completes each caller. No timer window: an idle writer commits a lone
/// append at once, and a busy one batches exactly what arrived during its last commit (group commit).
/// </summary>
public sealed class SqliteGroupCommitWriter : IAsyncDisposable
{
    /// <summary>An upper bound so one transaction (and each caller's wait) stays short.</summary>
    public const int MaxBatchEvents = 4_096;

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
        var append = new Append(exerciseId, events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
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
        SqliteConnection? connection = null;
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
                    events += append.Events.Count;
                }

                try
                {
                    connection ??= await _database.OpenAsync();
                    await CommitAsync(connection, batch);
                    batch.ForEach(a => a.Done.TrySetResult());
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
            SqliteConnection? connection = null;
            try
            {
                connection = await _database.OpenAsync();
                await CommitAsync(connection, [append]);
                append.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Could not append {EventCount} events of exercise {ExerciseId}", append.Events.Count, append.ExerciseId);
                append.Done.TrySetException(ex);
            }
            finally
            {
                await DropAsync(connection);
            }
        }
    }

    private static async Task CommitAsync(SqliteConnection connection, List<Append> batch)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;

        // A plain INSERT: a seq stored twice means two writers of one exercise, which must fail, not overwrite.
        insert.CommandText = "INSERT INTO events (exercise_id, seq, data) VALUES ($id, $seq, $data)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var data = insert.Parameters.Add("$data", SqliteType.Text);
        foreach (var append in batch)
        {
            id.Value = append.ExerciseId;
            foreach (var e in append.Events)
            {
                seq.Value = e.Seq;
                data.Value = JsonSerializer.Serialize(e, StorageJson.Options);
                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task<SqliteConnection?> DropAsync(SqliteConnection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        return null;
    }

    private sealed record Append(string ExerciseId, IReadOnlyList<ExerciseEvent> Events, TaskCompletionSource Done);
}
