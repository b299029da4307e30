using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The log format before the append-only <see cref="IEventLog"/>: full 32-event segments, each its own record
/// (the open segment lived in the exercise's grain state). Kept only so older databases can be migrated.
/// </summary>
public interface IEventSegmentStore
{
    Task WriteAsync(string exerciseId, int segment, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, int segment, CancellationToken cancellationToken = default);

    /// <summary>Removes segments 0 .. <paramref name="count"/> − 1, once their events are in the new log.</summary>
    Task DeleteAsync(string exerciseId, int count, CancellationToken cancellationToken = default);
}
