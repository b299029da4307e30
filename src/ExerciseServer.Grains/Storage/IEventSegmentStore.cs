using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// Sealed, full segments of an exercise's event log, each its own record. Writing a segment is idempotent by its
/// number, so a crash between sealing and updating the grain's state just writes it again.
/// </summary>
public interface IEventSegmentStore
{
    Task WriteAsync(string exerciseId, int segment, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, int segment, CancellationToken cancellationToken = default);
}
