using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Tests.Support;
using ExerciseServer.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ExerciseServer.Grains.Tests.Storage;

/// <summary>A database written the old way (sealed segment rows, the open segment in the grain state) moves to the append-only log.</summary>
public sealed class LegacyLogMigrationTests
{
    [Fact]
    public async Task An_exercise_stored_as_segments_is_migrated_on_activation_and_carries_on_from_its_last_seq()
    {
        var path = RepositoryPaths.Scenario("quickstart.yaml");
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var engine = new ExerciseEngine(new ScenarioIndex(ScenarioLoader.Load(path, text).Scenario!));
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var log = new List<ExerciseEvent>();
        log.AddRange(engine.Execute(new StartExercise(CommandIssuer.Control), now).Events);
        log.AddRange(engine.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(2)), now).Events);
        log.AddRange(engine.Execute(new PauseExercise(CommandIssuer.Control), now).Events);
        for (var i = 0; log.Count < 75; i++)
        {
            log.AddRange(engine.Execute(new RespondToInject(CommandIssuer.OfTeam("fi-ncsc"), "q01-signal-loss", $"answer {i}"), now).Events);
        }

        // The old format, row by row: two sealed segments apart, the rest open in the exercise's state.
        var databasePath = Path.Combine(Directory.CreateTempSubdirectory("legacy-").FullName, "old.db");
        var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = databasePath });
        var segments = new SqliteEventSegmentStore(database);
        const int size = ExerciseGrainState.SegmentSize;
        await segments.WriteAsync("ex-old", 0, log.GetRange(0, size), TestContext.Current.CancellationToken);
        await segments.WriteAsync("ex-old", 1, log.GetRange(size, size), TestContext.Current.CancellationToken);
        var state = new ExerciseGrainState
        {
            Name = "Old",
            ScenarioId = "quickstart",
            ScenarioFile = "quickstart.yaml",
            ScenarioText = text,
            CreatedAt = now,
            SealedSegments = 2,
            OpenSegment = log.GetRange(2 * size, log.Count - (2 * size)),
        };
        await new SqliteGrainStorage(GrainStorage.Name, database).WriteStateAsync("exercise", GrainId.Create("exercise", "ex-old"), new GrainState<ExerciseGrainState>(state));

        await using (var harness = await ClusterHarness.StartAsync(1, databasePath))
        {
            var exercise = harness.Client.GetGrain<IExerciseGrain>("ex-old");
            var read = await exercise.GetEvents(0, 10_000);
            Assert.Equal(log.Select(e => (e.Seq, e.GetType().Name)), read.Select(e => (e.Seq, e.GetType().Name)));

            var next = await exercise.Execute(new RespondToInject(CommandIssuer.OfTeam("fi-ncsc"), "q01-signal-loss", "after the move"));
            Assert.True(next.Accepted, next.Rejection);
            Assert.Equal(log.Count + 1, next.Events[0].Seq);
        }

        // The old rows are gone, the state keeps no events, and the log has every event once, as rows.
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM event_segments"));
        Assert.Equal((long)log.Count + 1, await ScalarAsync(connection, "SELECT COUNT(*) FROM events WHERE exercise_id = 'ex-old'"));
        var stored = new GrainState<ExerciseGrainState>(new ExerciseGrainState());
        await new SqliteGrainStorage(GrainStorage.Name, database).ReadStateAsync("exercise", GrainId.Create("exercise", "ex-old"), stored);
        Assert.Equal((0, 0, "Old"), (stored.State!.SealedSegments, stored.State.OpenSegment.Count, stored.State.Name));

        var archive = await SqliteExerciseArchiveReader.ReadAsync(databasePath, "ex-old", TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, log.Count + 1).Select(i => (long)i), archive!.Events.Select(e => e.Seq));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
