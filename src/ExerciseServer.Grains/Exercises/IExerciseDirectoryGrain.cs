using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Exercises;

/// <summary>Every exercise on this server and its lifecycle; the list of those to resume on start-up.</summary>
[Alias("ExerciseServer.Grains.Exercises.IExerciseDirectoryGrain")]
public interface IExerciseDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Record")]
    Task Record(ExerciseSummary summary);

    [Alias("List")]
    Task<IReadOnlyList<ExerciseSummary>> List();
}
