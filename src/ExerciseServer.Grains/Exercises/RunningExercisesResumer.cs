using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// When a silo becomes active, wakes every exercise the directory lists as running or paused, so a running
/// exercise carries on with its clock after a restart without anyone touching it.
/// </summary>
internal sealed class RunningExercisesResumer(IGrainFactory grains, ILogger<RunningExercisesResumer> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RunningExercisesResumer), ServiceLifecycleStage.Active, cancellationToken =>
        {
            _ = Task.Run(ResumeAsync);
            return Task.CompletedTask;
        });

    private async Task ResumeAsync()
    {
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            try
            {
                var exercises = await grains.GetGrain<IExerciseDirectoryGrain>(0).List();
                foreach (var exercise in exercises.Where(e => e.Lifecycle is "running"))
                {
                    var lifecycle = await grains.GetGrain<IExerciseGrain>(exercise.Id).Wake();
                    logger.LogInformation("Resumed exercise {ExerciseId}: {Lifecycle}", exercise.Id, lifecycle);
                }

                return;
            }
            catch (Exception ex) when (attempt < 10)
            {
                logger.LogWarning(ex, "Resuming running exercises failed (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
