using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Tests.Support;

namespace ExerciseServer.Grains.Tests.Exercises;

/// <summary>The running clock wakes exactly when the next item is due (a one-shot timer on the fake clock), not on a poll.</summary>
public sealed class ExactTimeReleaseTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    /// <summary>Waits (without asserting on time) for the clock's own wake-up to have released the inject.</summary>
    private static async Task<InjectView> ReleasedAsync(IExerciseGrain exercise, string injectId)
    {
        InjectView? inject = null;
        for (var i = 0; i < 1_000; i++)
        {
            inject = (await exercise.GetView())!.Injects.Single(x => x.Id == injectId);
            if (inject.Status == InjectStatus.Released)
            {
                break;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        return inject!;
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(60.0)]
    public async Task An_inject_is_released_by_the_clock_alone_when_the_wall_clock_reaches_its_time(double speed)
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var exercise = await harness.CreateAsync($"ex-exact-{speed}");
        await exercise.Execute(new StartExercise(Control));
        await exercise.Execute(new SetSpeed(Control, speed));

        // q01 is due at game minute 1: one wall minute at speed 1, one wall second at speed 60.
        var wallToDue = TimeSpan.FromTicks((long)(TimeSpan.FromMinutes(1).Ticks / speed));
        harness.Time.Advance(wallToDue - TimeSpan.FromMilliseconds(1));
        Assert.Equal(InjectStatus.Pending, (await exercise.GetView())!.Injects.Single(x => x.Id == "q01-signal-loss").Status);

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var released = await ReleasedAsync(exercise, "q01-signal-loss");

        Assert.Equal((InjectStatus.Released, TimeSpan.FromMinutes(1)), (released.Status, released.ReleasedAt));
    }

    [Fact]
    public async Task A_pause_disarms_the_wake_up_and_a_resume_arms_it_for_the_remaining_time()
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var exercise = await harness.CreateAsync("ex-exact-pause");
        await exercise.Execute(new StartExercise(Control));
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await exercise.Execute(new PauseExercise(Control));

        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(InjectStatus.Pending, (await exercise.GetView())!.Injects.Single(x => x.Id == "q01-signal-loss").Status);

        await exercise.Execute(new ResumeExercise(Control));
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var released = await ReleasedAsync(exercise, "q01-signal-loss");

        Assert.Equal((InjectStatus.Released, TimeSpan.FromMinutes(1)), (released.Status, released.ReleasedAt));
    }
}
