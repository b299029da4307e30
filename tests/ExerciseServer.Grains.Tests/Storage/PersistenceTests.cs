using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Tests.Support;
using Orleans.Storage;

namespace ExerciseServer.Grains.Tests.Storage;

public sealed class PersistenceTests
{
    private sealed class State
    {
        public int Value { get; set; } = -1;
        public List<string> Items { get; set; } = [];
    }

    private static SqliteGrainStorage NewStorage(string? path = null) =>
        new("test", new SqliteDatabase(new SqliteStorageOptions { DatabasePath = path ?? Path.Combine(Directory.CreateTempSubdirectory("storage-").FullName, "s.db") }));

    [Fact]
    public async Task A_write_with_a_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var storage = NewStorage();
        var id = GrainId.Create("test", "one");
        var first = new GrainState<State>(new State { Value = 1 });
        await storage.WriteStateAsync("s", id, first);
        var second = new GrainState<State>(new State());
        await storage.ReadStateAsync("s", id, second);
        second.State!.Value = 2;
        await storage.WriteStateAsync("s", id, second);

        first.State!.Value = 3;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", id, first));

        var read = new GrainState<State>(new State());
        await storage.ReadStateAsync("s", id, read);
        Assert.Equal((2, "2"), (read.State!.Value, read.ETag));
    }

    [Fact]
    public async Task Two_first_writes_of_the_same_record_conflict()
    {
        var storage = NewStorage();
        var id = GrainId.Create("test", "two");

        await storage.WriteStateAsync("s", id, new GrainState<State>(new State { Value = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", id, new GrainState<State>(new State { Value = 9 })));
    }

    [Fact]
    public async Task A_value_set_to_its_types_default_survives_a_round_trip()
    {
        var storage = NewStorage();
        var id = GrainId.Create("test", "zero");
        await storage.WriteStateAsync("s", id, new GrainState<State>(new State { Value = 0, Items = ["a"] }));

        var read = new GrainState<State>(new State());
        await storage.ReadStateAsync("s", id, read);

        Assert.Equal(0, read.State!.Value);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task State_and_log_survive_a_restart_and_a_running_exercise_carries_on_by_itself()
    {
        string databasePath;
        List<ExerciseEvent> before;
        var harness = await ClusterHarness.StartAsync(1);
        var time = harness.Time;
        await using (harness)
        {
            databasePath = harness.DatabasePath;
            var exercise = await harness.CreateAsync("ex-restart", "baltic-critical-infrastructure.yaml");
            await exercise.Execute(new StartExercise(CommandIssuer.Control));
            await exercise.Execute(new SetSpeed(CommandIssuer.Control, 1200));
            await harness.AdvanceAsync(TimeSpan.FromSeconds(60));
            before = [.. await exercise.GetEvents(0, 100_000)];
            Assert.True(before.Count > ExerciseGrainState.SegmentSize, $"only {before.Count} events: the log should be long enough to page");
        }

        await using var restarted = await ClusterHarness.StartAsync(1, databasePath, time);
        var again = restarted.Client.GetGrain<IExerciseGrain>("ex-restart");
        var after = await again.GetEvents(0, 100_000);
        Assert.Equal(before.Select(e => (e.Seq, e.GetType().Name)), after.Take(before.Count).Select(e => (e.Seq, e.GetType().Name)));

        var lastBefore = after[^1].Seq;
        await restarted.AdvanceAsync(TimeSpan.FromSeconds(10));
        var resumed = await again.GetEvents(lastBefore, 100_000);
        Assert.NotEmpty(resumed);
        Assert.Equal(lastBefore + 1, resumed[0].Seq);
    }
}
