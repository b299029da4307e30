using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Exercises;

[GrainType("exercise-directory")]
public sealed class ExerciseDirectoryGrain([PersistentState("directory", GrainStorage.Name)] IPersistentState<ExerciseDirectoryState> state)
    : Grain, IExerciseDirectoryGrain
{
    public async Task Record(ExerciseSummary summary)
    {
        if (state.State.Exercises.TryGetValue(summary.Id, out var known) && known == summary)
        {
            return;
        }

        state.State.Exercises[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ExerciseSummary>> List() =>
        Task.FromResult<IReadOnlyList<ExerciseSummary>>([.. state.State.Exercises.Values.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)]);
}
