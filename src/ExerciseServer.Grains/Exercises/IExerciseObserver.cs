using ExerciseServer.Core.Engine.Events;
using Orleans.Concurrency;

namespace ExerciseServer.Grains.Exercises;

/// <summary>Told of every exercise event once it is stored: implemented by each silo's fan-out bridge.</summary>
[Alias("ExerciseServer.Grains.Exercises.IExerciseObserver")]
public interface IExerciseObserver : IGrainObserver
{
    [OneWay]
    [Alias("OnEvents")]
    Task OnEvents(string exerciseId, IReadOnlyList<ExerciseEvent> events);
}
