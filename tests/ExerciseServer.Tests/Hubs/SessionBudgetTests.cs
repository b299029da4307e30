using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// Failure 6 of issue 10: one join code on many connections flooding the log. Budgets are per sign-in across its
/// connections (calls, connections) and per team in the exercise grain (bytes), so the flood is held to them.
/// </summary>
public sealed class SessionBudgetTests(SessionBudgetTests.BudgetServerFactory factory) : IClassFixture<SessionBudgetTests.BudgetServerFactory>
{
    private const double CallsPerSecond = 5;
    private const int CallBurst = 20;
    private const int Connections = 10;
    private const int TeamBytesPerMinute = 100_000;
    private const int TextLength = 20_000;

    /// <summary>
    /// What the database's pages in use may grow by beyond the texts: each event's own fields (a few hundred bytes)
    /// and the rounding of rows to 4 KiB pages.
    /// </summary>
    private const long StoreOverhead = 16 * 1024;

    /// <summary>
    /// The file may be larger by free pages: each append rewrites the open segment (up to 32 events) and the pages of
    /// its previous copy stay in the file, free, until the next write reuses them. At most one copy of the texts.
    /// </summary>
    private const long FreePagesOverhead = TeamBytesPerMinute + (48 * 1024);

    private static readonly TimeSpan Flood = TimeSpan.FromSeconds(10);

    private readonly HubClients _clients = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_connections_of_one_sign_in_flooding_for_ten_seconds_are_held_to_the_per_person_and_per_team_budgets()
    {
        string id;
        await using (var control = await _clients.ControlAsync())
        {
            id = await _clients.CreateExerciseAsync();
            await control.InvokeAsync<JsonElement>("Start", id, "start", Cancel);
            await control.InvokeAsync<JsonElement>("Jump", id, "PT8M", "jump", Cancel);
        }

        var cookies = await _clients.SignInAsync(await _clients.IssueCodeAsync(id, new { team = "fi-ncsc" }), "Flooder");
        var connections = new List<HubConnection>();
        for (var i = 0; i < Connections; i++)
        {
            var connection = _clients.Connection(cookies);
            await connection.StartAsync(Cancel);
            connections.Add(connection);
        }

        var sizeBefore = DatabaseSize();
        var text = new string('x', TextLength);
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(connections.Select((connection, n) => FloodAsync(connection, id, text, n, tally)));
        var elapsed = clock.Elapsed;
        var sizeAfter = DatabaseSize();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{elapsed.TotalSeconds:0.0} s: {tally.Refused} calls refused, {tally.Answered} answered ({tally.Written} written, {tally.OverBytes} over the byte budget); database file {sizeBefore.File} → {sizeAfter.File} bytes, in use {sizeBefore.Used} → {sizeAfter.Used}");

        // Per person: a token bucket shared by all ten connections, so never more than burst + rate × time.
        Assert.True(tally.Refused > 0, "the flood was never refused");
        Assert.True(tally.Answered <= CallBurst + Math.Ceiling(CallsPerSecond * elapsed.TotalSeconds), $"{tally.Answered} calls answered in {elapsed.TotalSeconds:0.0} s");
        Assert.Empty(tally.Unexpected);
        Assert.All(connections, c => Assert.Equal(HubConnectionState.Connected, c.State));

        // Per team: within one minute at most the byte budget reaches the log, whatever got through the call budget.
        Assert.InRange(tally.Written, 1, TeamBytesPerMinute / TextLength);
        Assert.True(tally.OverBytes > 0, "the byte budget never refused");
        var reader = await _clients.ControlAsync();
        await using (reader)
        {
            var events = await reader.InvokeAsync<JsonElement[]>("CatchUp", id, 0L, Cancel);
            var texts = events.Where(e => e.GetProperty("type").GetString() == "message-sent").Sum(e => (long)e.GetProperty("text").GetString()!.Length);
            Assert.InRange(texts, 1, TeamBytesPerMinute);
        }

        Assert.True(sizeAfter.Used - sizeBefore.Used <= TeamBytesPerMinute + StoreOverhead, $"the database's pages in use grew by {sizeAfter.Used - sizeBefore.Used} bytes");
        Assert.True(sizeAfter.File - sizeBefore.File <= TeamBytesPerMinute + StoreOverhead + FreePagesOverhead, $"the database file grew by {sizeAfter.File - sizeBefore.File} bytes");

        // The cap: an eleventh connection of the same sign-in is closed at once, with the reason.
        var extra = _clients.Connection(cookies);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        extra.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        try
        {
            await extra.StartAsync(Cancel);
        }
        catch (Exception refusedEarly)
        {
            // The close can overtake the end of the start; either way the reason is what counts.
            closed.TrySetResult(refusedEarly);
        }

        var reason = await closed.Task.WaitAsync(Cancel);
        Assert.Contains($"too-many: this sign-in already has {Connections} connections open", reason?.Message, StringComparison.Ordinal);

        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        await extra.DisposeAsync();
    }

    private static async Task FloodAsync(HubConnection connection, string id, string text, int n, Tally tally)
    {
        var until = Stopwatch.StartNew();
        for (var i = 0; until.Elapsed < Flood; i++)
        {
            try
            {
                var outcome = await connection.InvokeAsync<JsonElement>("SendMessage", id, "ee-ria", text, $"flood-{n}-{i}", Cancel);
                tally.Answer(outcome);
            }
            catch (HubException refused) when (refused.Message.Contains("too-many: too many calls from this sign-in", StringComparison.Ordinal))
            {
                tally.Refuse();
            }
            catch (Exception other)
            {
                tally.Unexpected.Add(other.Message);
                return;
            }
        }
    }

    /// <summary>
    /// The database after a checkpoint (so the write-ahead log is counted once, in the file): the file's size, and
    /// the bytes of its pages in use (the file also keeps free pages, which the next write reuses).
    /// </summary>
    private (long File, long Used) DatabaseSize()
    {
        var path = Path.Combine(factory.DataPath, "exerciseserver.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var pages = connection.CreateCommand();
        pages.CommandText = """
            PRAGMA wal_checkpoint(TRUNCATE);
            SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), (SELECT page_size FROM pragma_page_size());
            """;
        using var reader = pages.ExecuteReader();
        reader.NextResult();
        reader.Read();
        var used = reader.GetInt64(0) * reader.GetInt64(1);
        return (new FileInfo(path).Length, used);
    }

    /// <summary>What the flood got back, from ten connections at once.</summary>
    private sealed class Tally
    {
        private int _refused;
        private int _answered;
        private int _written;
        private int _overBytes;

        public int Refused => _refused;
        public int Answered => _answered;
        public int Written => _written;
        public int OverBytes => _overBytes;
        public System.Collections.Concurrent.ConcurrentBag<string> Unexpected { get; } = [];

        public void Refuse() => Interlocked.Increment(ref _refused);

        public void Answer(JsonElement outcome)
        {
            Interlocked.Increment(ref _answered);
            if (outcome.GetProperty("accepted").GetBoolean())
            {
                Interlocked.Increment(ref _written);
            }
            else if (outcome.GetProperty("code").GetString() == "too-many" && outcome.GetProperty("rejection").GetString()!.Contains("try again in", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _overBytes);
            }
            else
            {
                Unexpected.Add(outcome.GetProperty("rejection").GetString() ?? "refused without a reason");
            }
        }
    }

    /// <summary>The in-memory server with budgets small enough to reach in a test.</summary>
    public sealed class BudgetServerFactory : ServerFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Budgets:CallsPerSecond"] = CallsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Budgets:CallBurst"] = CallBurst.ToString(CultureInfo.InvariantCulture),
            ["Budgets:ConnectionsPerSession"] = Connections.ToString(CultureInfo.InvariantCulture),
            ["Budgets:TeamBytesPerMinute"] = TeamBytesPerMinute.ToString(CultureInfo.InvariantCulture),
        };
    }
}
