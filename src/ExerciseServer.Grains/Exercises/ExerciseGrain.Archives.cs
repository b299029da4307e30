using ExerciseServer.Core.Words;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Exercises;

/// <summary>The exercise's side of archives: what an export carries, and creating an exercise from an imported log.</summary>
public sealed partial class ExerciseGrain
{
    /// <summary>Events per append when an archive's log is stored: well under the SQLite writer's batch.</summary>
    private const int ImportChunk = 1_000;

    public async Task<CreateExerciseResult> Import(ImportExerciseRequest request)
    {
        if (_state.RecordExists || await _log.LastSeqAsync(Id) > 0)
        {
            return new CreateExerciseResult(false, $"exercise '{Id}' already exists", []);
        }

        var loaded = ScenarioLoader.Load(request.ScenarioFile, request.ScenarioText);
        if (loaded.Scenario is null || loaded.HasErrors)
        {
            return new CreateExerciseResult(false, $"scenario '{request.ScenarioId}' has {loaded.ErrorCount} error(s)", loaded.Diagnostics);
        }

        // The log first, the exercise record last: until the record is written there is no exercise with this id.
        foreach (var chunk in request.Events.Chunk(ImportChunk))
        {
            await _log.AppendAsync(Id, chunk);
        }

        await BecomeAsync(request.Name, request.ScenarioId, request.ScenarioFile, request.ScenarioText, ExerciseState.Replay(new ScenarioIndex(loaded.Scenario), request.Events));
        ArmAlarm();
        _logger.LogInformation("Imported exercise {ExerciseId} from an archive of scenario {ScenarioId}: {EventCount} events, {Lifecycle}",
            Id, request.ScenarioId, request.Events.Count, _engine!.State.Lifecycle);
        return new CreateExerciseResult(true, null, []);
    }

    public Task<ExerciseArchiveSource?> GetArchiveSource() =>
        Task.FromResult(_engine is null ? null : new ExerciseArchiveSource(
            _state.State.Name, _state.State.ScenarioId, _state.State.ScenarioFile, _state.State.ScenarioText, StatusWords.Of(_engine.State.Lifecycle)));
}
