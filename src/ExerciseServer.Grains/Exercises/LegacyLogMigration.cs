using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// Moves an exercise stored the old way (sealed segments apart, the open segment in its grain state) into the
/// append-only log. Safe to repeat after a crash half-way: only events above the log's last seq are appended,
/// the grain state is cleared only after they are durable, and the old segments are removed last.
/// </summary>
public static class LegacyLogMigration
{
    public static async Task MigrateAsync(
        string exerciseId,
        IPersistentState<ExerciseGrainState> state,
        IEventSegmentStore segments,
        IEventLog log,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var stored = state.State;
        var events = new List<ExerciseEvent>();
        for (var segment = 0; segment < stored.SealedSegments; segment++)
        {
            events.AddRange(await segments.ReadAsync(exerciseId, segment, cancellationToken));
        }

        events.AddRange(stored.OpenSegment);
        var already = await log.LastSeqAsync(exerciseId, cancellationToken);
        var missing = events.Where(e => e.Seq > already).ToList();
        await log.AppendAsync(exerciseId, missing, cancellationToken);

        var sealedCount = stored.SealedSegments;
        stored.SealedSegments = 0;
        stored.OpenSegment = [];
        await state.WriteStateAsync(cancellationToken);
        await segments.DeleteAsync(exerciseId, sealedCount, cancellationToken);
        logger.LogInformation(
            "Migrated exercise {ExerciseId} to the append-only log: {EventCount} events from {SegmentCount} segments and the open segment ({Appended} appended)",
            exerciseId, events.Count, sealedCount, missing.Count);
    }
}
