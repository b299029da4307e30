using System.Text.Json;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Review;

/// <summary>Replay rebuilds the exercise at any moment of its log exactly as it was live.</summary>
public sealed class ReplayTests
{
    [Fact]
    public void Replay_at_three_chosen_moments_equals_the_live_state_then()
    {
        var run = new ScriptedQuickstartRun();
        Assert.True(run.Moments.Count >= 3);

        foreach (var (moment, live) in run.Moments)
        {
            var replayed = ExerciseReplay.AtSeq(run.Harness.Index, run.Harness.Log, live.Seq);

            Assert.True(Json(live) == Json(replayed), $"replay differs {moment}:\n{Json(live)}\n{Json(replayed)}");
        }

        // The moments differ from each other, so the comparison above is not trivially true.
        Assert.Equal(run.Moments.Count, run.Moments.Select(m => Json(m.Live)).Distinct().Count());
    }

    [Fact]
    public void Every_prefix_of_the_baltic_log_replays_to_the_state_the_engine_had_then()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml")));
        var live = new Dictionary<long, string>();
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.Run(new SetSpeed(CommandIssuer.Control, 240));
        for (var minute = 1; minute <= 30; minute++)
        {
            harness.Tick(Min(minute));
            live[harness.State.LastSeq] = Json(ExerciseSnapshot.Of(harness.State));
        }

        foreach (var (seq, expected) in live)
        {
            Assert.Equal(expected, Json(ExerciseReplay.AtSeq(harness.Index, harness.Log, seq)));
        }
    }

    [Fact]
    public void A_game_time_finds_the_last_event_at_or_before_it_in_the_latest_run()
    {
        var run = new ScriptedQuickstartRun();
        var log = run.Harness.Log;

        var seq = ExerciseReplay.SeqAt(log, Min(4.5));

        Assert.Equal(log.Last(e => e.GameTime <= Min(4.5)).Seq, seq);
        Assert.True(log.Single(e => e.Seq == seq + 1).GameTime > Min(4.5));
        Assert.Equal(0, ExerciseReplay.SeqAt([], Min(1)));
        Assert.Equal(ExerciseLifecycle.Ready, ExerciseReplay.AtSeq(run.Harness.Index, log, 0).Lifecycle);
    }

    [Fact]
    public void After_a_reset_game_times_point_into_the_new_run()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.Tick(Min(5));
        harness.At(Min(6), new ResetExercise(CommandIssuer.Control));
        var resetSeq = harness.State.LastSeq;
        harness.At(Min(20), new StartExercise(CommandIssuer.Control));
        harness.Tick(Min(22));

        var seq = ExerciseReplay.SeqAt(harness.Log, Min(1.5));

        Assert.True(seq > resetSeq, $"{seq} is before the reset at {resetSeq}");
        Assert.Equal(InjectStatus.Released, ExerciseReplay.AtSeq(harness.Index, harness.Log, seq).Injects.Single(i => i.Id == "q01-signal-loss").Status);
    }

    private static string Json(ExerciseSnapshot snapshot) => JsonSerializer.Serialize(snapshot);
}
