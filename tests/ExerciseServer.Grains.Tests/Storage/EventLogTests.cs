using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using System.Text.Json;
using ExerciseServer.Grains.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ExerciseServer.Grains.Tests.Storage;

/// <summary>The append-only SQLite log and its group-committing writer, without a silo.</summary>
public sealed class EventLogTests
{
    private static readonly DateTimeOffset Wall = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static (SqliteEventLog Log, SqliteGroupCommitWriter Writer) Open(string path)
    {
        var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = path });
        var writer = new SqliteGroupCommitWriter(database, NullLogger<SqliteGroupCommitWriter>.Instance);
        return (new SqliteEventLog(database, writer), writer);
    }

    private static List<ExerciseEvent> Events(long first, int count, DateTimeOffset? wall = null) =>
        [.. Enumerable.Range(0, count).Select(i => (ExerciseEvent)new ExercisePaused(first + i, TimeSpan.FromMinutes(first + i), wall ?? Wall, EventAudience.Everyone))];

    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("log-").FullName, "log.db");

    [Fact]
    public async Task Concurrent_appends_of_many_exercises_are_all_stored_in_order_and_read_back_by_range_after_reopening()
    {
        var path = NewPath();
        var (log, writer) = Open(path);
        await using (writer)
        {
            // Each exercise appends in order (as its grain does); the exercises race one another.
            await Task.WhenAll(Enumerable.Range(0, 20).Select(async x =>
            {
                for (var batch = 0; batch < 25; batch++)
                {
                    await log.AppendAsync($"ex-{x}", Events((batch * 3) + 1, 3), TestContext.Current.CancellationToken);
                }
            }));
        }

        var (reopened, second) = Open(path);
        await using (second)
        {
            for (var x = 0; x < 20; x++)
            {
                var all = await reopened.ReadAsync($"ex-{x}", 0, int.MaxValue, TestContext.Current.CancellationToken);
                Assert.Equal(Enumerable.Range(1, 75).Select(i => (long)i), all.Select(e => e.Seq));
                Assert.Equal(75, await reopened.LastSeqAsync($"ex-{x}", TestContext.Current.CancellationToken));
            }

            var page = await reopened.ReadAsync("ex-3", 40, 10, TestContext.Current.CancellationToken);
            Assert.Equal(Enumerable.Range(41, 10).Select(i => (long)i), page.Select(e => e.Seq));
            Assert.Empty(await reopened.ReadAsync("ex-3", 75, 10, TestContext.Current.CancellationToken));
            Assert.Equal(0, await reopened.LastSeqAsync("nobody", TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task An_append_that_would_overwrite_a_stored_seq_fails_alone_and_changes_nothing()
    {
        var (log, writer) = Open(NewPath());
        await using (writer)
        {
            await log.AppendAsync("ex-a", Events(1, 5), TestContext.Current.CancellationToken);

            // Queued together, so they may share one transaction: only the clashing one may fail.
            var others = Enumerable.Range(0, 10).Select(x => log.AppendAsync($"ex-{x}-other", Events(1, 4), TestContext.Current.CancellationToken)).ToList();
            var clash = log.AppendAsync("ex-a", Events(4, 3, Wall.AddDays(1)), TestContext.Current.CancellationToken);
            var more = Enumerable.Range(0, 10).Select(x => log.AppendAsync($"ex-{x}-more", Events(1, 4), TestContext.Current.CancellationToken)).ToList();

            await Assert.ThrowsAnyAsync<Exception>(() => clash);
            await Task.WhenAll(others.Concat(more));
            var stored = await log.ReadAsync("ex-a", 0, 100, TestContext.Current.CancellationToken);
            Assert.Equal([1L, 2, 3, 4, 5], stored.Select(e => e.Seq));
            Assert.All(stored, e => Assert.Equal(Wall, e.WallTime));
            for (var x = 0; x < 10; x++)
            {
                Assert.Equal(4, await log.LastSeqAsync($"ex-{x}-other", TestContext.Current.CancellationToken));
                Assert.Equal(4, await log.LastSeqAsync($"ex-{x}-more", TestContext.Current.CancellationToken));
            }
        }
    }

    [Fact]
    public async Task Each_event_is_one_row_of_JSON_text_as_the_storage_format_says()
    {
        // The documented row format: (exercise_id, seq, data) with data the event's JSON, as TEXT, exactly as
        // StorageJson writes it; readers such as the report verb depend on it.
        var path = NewPath();
        var (log, writer) = Open(path);
        var events = new List<ExerciseEvent>
        {
            new InjectResponded(1, TimeSpan.FromHours(20), Wall, EventAudience.ForTeams(["energy"]), "INJ-7", "energy", "Généré – «ok» \"quoted\" 日本") { CommandKey = "hub:k1", CommandFingerprint = "respond-to-inject:abc" },
            new ExercisePaused(2, TimeSpan.FromHours(20), Wall, EventAudience.Everyone),
        };
        await using (writer)
        {
            await log.AppendAsync("ex-format", events, TestContext.Current.CancellationToken);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, typeof(data), data FROM events WHERE exercise_id = 'ex-format' ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        foreach (var e in events)
        {
            Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
            Assert.Equal(e.Seq, reader.GetInt64(0));
            Assert.Equal("text", reader.GetString(1));
            Assert.Equal(JsonSerializer.Serialize(e, StorageJson.Options), reader.GetString(2));
        }

        Assert.False(await reader.ReadAsync(TestContext.Current.CancellationToken));
    }
}
