using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Every rule of the game clock, at speed 1 unless said otherwise (one game minute per real minute).</summary>
public sealed class ClockTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    private static EngineHarness Started()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        Assert.True(harness.At(TimeSpan.Zero, new StartExercise(Control)).Accepted);
        return harness;
    }

    [Fact]
    public void Start_puts_the_clock_at_zero_and_numbers_events_from_one()
    {
        var harness = Started();

        var started = Assert.IsType<ExerciseStarted>(harness.Log[0]);
        Assert.Equal(1, started.Seq);
        Assert.Equal(TimeSpan.Zero, started.GameTime);
        Assert.Equal(ExerciseLifecycle.Running, harness.State.Lifecycle);
    }

    [Fact]
    public void An_inject_is_released_stamped_with_its_own_game_time_not_the_tick()
    {
        var harness = Started();

        harness.Tick(Min(3.5));

        var released = harness.Single<InjectReleased>(e => e.InjectId == "a");
        Assert.Equal(Min(1), released.GameTime);
        Assert.Equal(T0 + Min(3.5), released.WallTime);
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId == "b");
    }

    [Fact]
    public void Nothing_is_released_before_its_time()
    {
        var harness = Started();

        harness.Tick(TimeSpan.FromSeconds(59));

        Assert.Empty(harness.Events<InjectReleased>());
    }

    [Fact]
    public void A_speed_change_while_running_catches_up_at_the_old_speed_then_runs_at_the_new()
    {
        var harness = Started();

        Assert.True(harness.At(Min(2), new SetSpeed(Control, 10)).Accepted);
        harness.Tick(Min(2.5));

        Assert.Equal(Min(2) + Min(5), harness.Engine.CurrentGameTime);
        Assert.Equal(Min(2), harness.Single<ClockSpeedChanged>(_ => true).GameTime);
        Assert.Equal(Min(5), harness.Single<InjectReleased>(e => e.InjectId == "b").GameTime);
    }

    [Fact]
    public void While_paused_nothing_is_released_and_game_time_stands_still()
    {
        var harness = Started();
        harness.At(TimeSpan.FromSeconds(30), new PauseExercise(Control));

        harness.Wall = Min(30);
        var tick = harness.Run(new AdvanceClock(Control));

        Assert.False(tick.Accepted);
        Assert.Empty(harness.Events<InjectReleased>());
        Assert.Equal(TimeSpan.FromSeconds(30), harness.State.Clock.At(harness.Now));
    }

    [Fact]
    public void An_inject_due_exactly_at_the_pause_fires_before_the_pause()
    {
        var harness = Started();

        harness.At(Min(1), new PauseExercise(Control));

        var released = harness.Single<InjectReleased>(e => e.InjectId == "a");
        var paused = harness.Single<ExercisePaused>(_ => true);
        Assert.Equal(Min(1), released.GameTime);
        Assert.True(released.Seq < paused.Seq);
        Assert.Equal(Min(1), paused.GameTime);
    }

    [Fact]
    public void Pause_then_jump_releases_the_next_inject_at_its_time_and_stays_paused()
    {
        var harness = Started();
        harness.At(TimeSpan.FromSeconds(30), new PauseExercise(Control));

        var jump = harness.At(Min(10), new JumpToNextInject(Control));

        Assert.True(jump.Accepted);
        Assert.Equal(Min(1), harness.Single<InjectReleased>(e => e.InjectId == "a").GameTime);
        var jumped = harness.Single<ClockJumped>(_ => true);
        Assert.Equal((TimeSpan.FromSeconds(30), Min(1)), (jumped.From, jumped.To));
        Assert.Equal(ExerciseLifecycle.Paused, harness.State.Lifecycle);
        Assert.Equal(Min(1), harness.State.Clock.At(harness.Now + Min(5)));
    }

    [Fact]
    public void A_jump_to_a_game_time_fires_everything_due_on_the_way_in_order()
    {
        var harness = Started();

        harness.At(Min(1), new JumpToTime(Control, Min(12)));

        var released = harness.Events<InjectReleased>().Select(e => (e.InjectId, e.GameTime)).ToList();
        Assert.Equal([("a", Min(1)), ("b", Min(5)), ("e", Min(6)), ("c", Min(10))], released.Where(r => r.InjectId is "a" or "b" or "c" or "e").ToList());
        var missed = harness.Single<ExpectedActionMissed>(_ => true);
        Assert.Equal(Min(6), missed.GameTime);
        Assert.All(harness.Log.Zip(harness.Log.Skip(1)), pair => Assert.True(pair.First.GameTime <= pair.Second.GameTime));
        Assert.Equal(Min(12), harness.State.Clock.At(harness.Now));
    }

    [Fact]
    public void A_deadline_spanning_a_pause_is_later_in_wall_time_by_the_pause()
    {
        var harness = Started();
        harness.At(Min(3), new PauseExercise(Control));
        harness.At(Min(13), new ResumeExercise(Control));

        harness.Tick(Min(15.9));
        Assert.Empty(harness.Events<ExpectedActionMissed>());

        harness.Tick(Min(16));
        var missed = harness.Single<ExpectedActionMissed>(_ => true);
        Assert.Equal(Min(6), missed.GameTime);
        Assert.Equal("a-answer", missed.ActionId);
    }

    [Fact]
    public void The_clock_only_jumps_forward_and_not_past_the_end()
    {
        var harness = Started();
        harness.Tick(Min(5));

        Assert.Contains("only jump forward", harness.Run(new JumpToTime(Control, Min(4))).Rejection, StringComparison.Ordinal);
        Assert.Contains("ends at 2h", harness.Run(new JumpToTime(Control, TimeSpan.FromHours(3))).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exercise_ends_by_itself_at_its_planned_duration()
    {
        var harness = Started();

        harness.Tick(TimeSpan.FromHours(5));

        var ended = harness.Single<ExerciseEnded>(_ => true);
        Assert.Equal(ExerciseLifecycle.Ended, harness.State.Lifecycle);
        Assert.True(ended.GameTime <= TimeSpan.FromHours(2));
    }

    [Fact]
    public void An_end_condition_ends_the_exercise_early()
    {
        var harness = Started();

        harness.Tick(TimeSpan.FromHours(2));

        var ended = harness.Single<ExerciseEnded>(_ => true);
        Assert.StartsWith("the end condition held", ended.Reason, StringComparison.Ordinal);
        Assert.True(ended.GameTime >= Min(100) && ended.GameTime < TimeSpan.FromHours(2), ended.GameTime.ToString());
    }

    [Fact]
    public void The_game_clock_never_goes_back_when_the_wall_clock_does()
    {
        var harness = Started();
        harness.Tick(Min(10));

        harness.Tick(Min(5));

        Assert.Equal(Min(10), harness.Engine.CurrentGameTime);
    }
}
