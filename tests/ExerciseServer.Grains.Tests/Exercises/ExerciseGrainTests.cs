using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Tests.Support;

namespace ExerciseServer.Grains.Tests.Exercises;

/// <summary>Exercises as grains on one and three silos, the clock driven by a fake time provider.</summary>
public sealed class ExerciseGrainTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_scripted_exercise_runs_from_start_to_end_on_its_timer(short silos)
    {
        await using var harness = await ClusterHarness.StartAsync(silos);
        var exercise = await harness.CreateAsync("ex-run");

        Assert.True((await exercise.Execute(new StartExercise(Control))).Accepted);
        Assert.True((await exercise.Execute(new SetSpeed(Control, 300))).Accepted);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(5));

        var view = await exercise.GetView();
        Assert.Equal(ExerciseLifecycle.Ended, view!.Lifecycle);
        var events = await exercise.GetEvents(0, 10_000);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Contains(events, e => e is InjectReleased { InjectId: "q03-reroute" });
        Assert.IsType<ExerciseEnded>(events[^1]);
        var directory = await harness.Client.GetGrain<IExerciseDirectoryGrain>(0).List();
        Assert.Equal(ExerciseLifecycle.Ended, Assert.Single(directory).Lifecycle);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Pause_stops_the_timer_and_jump_fires_what_is_due_on_the_way(short silos)
    {
        await using var harness = await ClusterHarness.StartAsync(silos);
        var exercise = await harness.CreateAsync("ex-pause");
        await exercise.Execute(new StartExercise(Control));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(30));
        await exercise.Execute(new PauseExercise(Control));
        var paused = (await exercise.GetView())!.Clock.GameTime;

        await harness.AdvanceAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(paused, (await exercise.GetView())!.Clock.GameTime);

        var jump = await exercise.Execute(new JumpToTime(Control, TimeSpan.FromMinutes(8)));

        Assert.True(jump.Accepted, jump.Rejection);
        var released = jump.Events.OfType<InjectReleased>().Select(e => (e.InjectId, e.GameTime)).ToList();
        Assert.Contains(("q01-signal-loss", TimeSpan.FromMinutes(1)), released);
        Assert.Contains(("q03-reroute", TimeSpan.FromMinutes(7)), released);
        var view = (await exercise.GetView())!;
        Assert.Equal((ExerciseLifecycle.Paused, TimeSpan.FromMinutes(8)), (view.Lifecycle, view.Clock.GameTime));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_repeated_command_with_the_same_idempotency_key_has_one_effect(short silos)
    {
        await using var harness = await ClusterHarness.StartAsync(silos);
        var exercise = await harness.CreateAsync("ex-once");
        await exercise.Execute(new StartExercise(Control));
        await exercise.Execute(new JumpToTime(Control, TimeSpan.FromMinutes(2)));
        var answer = new RespondToInject(CommandIssuer.OfTeam("fi-ncsc"), "q01-signal-loss", "Calling RIA now.") { IdempotencyKey = "fi-1" };

        var first = await exercise.Execute(answer);
        var second = await exercise.Execute(answer);
        var third = await harness.Client.GetGrain<IExerciseGrain>("ex-once").Execute(answer);

        Assert.True(first.Accepted && !first.Duplicate);
        Assert.True(second.Duplicate && third.Duplicate);
        var events = await exercise.GetEvents(0, 10_000);
        Assert.Single(events.OfType<InjectResponded>());
    }

    [Fact]
    public async Task A_command_for_an_exercise_that_does_not_exist_is_rejected()
    {
        await using var harness = await ClusterHarness.StartAsync(1);

        var outcome = await harness.Client.GetGrain<IExerciseGrain>("nobody").Execute(new StartExercise(Control));

        Assert.False(outcome.Accepted);
        Assert.Contains("there is no exercise", outcome.Rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(68_719_476_736L)]
    [InlineData(long.MaxValue)]
    [InlineData(5L)]
    public async Task Events_after_the_end_of_the_log_are_an_empty_list(long after)
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var exercise = await harness.CreateAsync("ex-after");
        await exercise.Execute(new StartExercise(Control));
        var last = (await exercise.GetView())!.LastSeq;

        var events = await exercise.GetEvents(Math.Max(after, last), 1_000);

        Assert.Empty(events);
        Assert.NotEmpty(await exercise.GetEvents(last - 1, 1_000));
    }

    [Fact]
    public async Task A_command_for_a_missing_exercise_is_refused_as_not_found()
    {
        await using var harness = await ClusterHarness.StartAsync(1);

        var outcome = await harness.Client.GetGrain<IExerciseGrain>("nobody").Execute(new StartExercise(Control));

        Assert.Equal(Core.Engine.RejectionCode.NotFound, outcome.Code);
    }
}
