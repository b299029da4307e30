using ExerciseServer.Core.Engine.Machines;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// Wakes every exercise the directory lists as running: when the silo becomes active, and then every few seconds,
/// so a running exercise carries on with its clock after a restart, or on another silo after its silo died,
/// without anyone touching it. Waking an active exercise costs one grain call.
/// </summary>
internal sealed class RunningExercisesResumer(IGrainFactory grains, ILogger<RunningExercisesResumer> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(RunningExercisesResumer),
            ServiceLifecycleStage.Active,
            cancellationToken =>
            {
                _ = Task.Run(ResumeAsync, CancellationToken.None);
                return Task.CompletedTask;
            },
            cancellationToken =>
            {
                _stopping.Cancel();
                return Task.CompletedTask;
            });

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private async Task ResumeAsync()
    {
        var first = true;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var exercises = await grains.GetGrain<IExerciseDirectoryGrain>(0).List();
                foreach (var exercise in exercises.Where(e => e.Lifecycle is ExerciseLifecycle.Running))
                {
                    var lifecycle = await grains.GetGrain<IExerciseGrain>(exercise.Id).Wake();
                    if (first)
                    {
                        logger.LogInformation("Resumed exercise {ExerciseId}: {Lifecycle}", exercise.Id, lifecycle);
                    }
                }

                first = false;
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Waking running exercises failed; trying again in {Interval}", Interval);
            }

            try
            {
                await Task.Delay(Interval, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
