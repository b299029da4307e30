using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>When the running clock next needs waking, and the wall time that reaches it (for the grain's one-shot timer).</summary>
public sealed class NextWakeTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    [Fact]
    public void Only_a_running_clock_needs_a_wake_up()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        Assert.Null(harness.Engine.NextWakeGameTime);

        harness.At(TimeSpan.Zero, new StartExercise(Control));
        Assert.NotNull(harness.Engine.NextWakeGameTime);

        harness.At(Min(0.5), new PauseExercise(Control));
        Assert.Null(harness.Engine.NextWakeGameTime);
    }

    [Fact]
    public void The_wake_up_is_the_earlier_of_the_next_agenda_item_and_the_next_minute_check()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(Control));
        Assert.Equal(Min(1), harness.Engine.NextWakeGameTime);

        harness.Tick(Min(1));
        Assert.Equal(Min(2), harness.Engine.NextWakeGameTime);

        harness.At(Min(2), new JumpToTime(Control, Min(4.5)));
        Assert.Equal(Min(5), harness.Engine.NextWakeGameTime);
        Assert.Equal("b", harness.State.NextAgendaItem!.Id);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(60.0)]
    [InlineData(1.5)]
    [InlineData(7.0)]
    public void Ticking_at_the_wall_time_of_the_wake_up_releases_the_inject_stamped_with_its_own_time(double speed)
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(Control));
        harness.At(TimeSpan.Zero, new SetSpeed(Control, speed));

        var wall = harness.State.Clock.WallTimeReaching(harness.Engine.NextWakeGameTime!.Value)!.Value;
        harness.Tick(wall - T0 - TimeSpan.FromTicks(1));
        Assert.Empty(harness.Events<InjectReleased>());

        harness.Tick(wall - T0);
        Assert.Equal(Min(1), harness.Single<InjectReleased>(e => e.InjectId == "a").GameTime);
    }

    [Fact]
    public void The_wall_time_reaching_a_game_time_rounds_up_and_is_none_while_stopped()
    {
        var anchor = T0;
        var clock = new GameClock(TimeSpan.FromSeconds(10), anchor, 60, Running: true);
        Assert.Equal(anchor + TimeSpan.FromSeconds(1), clock.WallTimeReaching(TimeSpan.FromSeconds(70)));
        Assert.Equal(anchor, clock.WallTimeReaching(TimeSpan.FromSeconds(5)));
        Assert.Null((clock with { Running = false }).WallTimeReaching(TimeSpan.FromSeconds(70)));

        var odd = new GameClock(TimeSpan.Zero, anchor, 1.7, Running: true);
        for (var ticks = 1L; ticks < 5_000_000_000L; ticks = (ticks * 3) + 7)
        {
            var target = TimeSpan.FromTicks(ticks);
            var wall = odd.WallTimeReaching(target)!.Value;
            Assert.True(odd.At(wall) >= target, $"at {wall:O} the clock shows {odd.At(wall)}, before {target}");
            Assert.True(odd.At(wall - TimeSpan.FromTicks(1)) < target, $"{target} was reachable a tick earlier");
        }
    }
}
