using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Exercises;

public sealed class ExerciseDirectoryState
{
    public Dictionary<string, ExerciseSummary> Exercises { get; set; } = new(StringComparer.Ordinal);
}
