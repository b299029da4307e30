using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// Every exercise's event log, append-only: an append adds events after the last stored one and never rewrites
/// earlier ones; its task completes only when the events are durable. Reads are ranges by sequence number.
/// </summary>
public interface IEventLog
{
    /// <summary>Stores <paramref name="events"/> (ascending, contiguous seqs); completes when they are durable.</summary>
    Task AppendAsync(string exerciseId, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> events with a seq above <paramref name="after"/>, in order.</summary>
    Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, long after, int max, CancellationToken cancellationToken = default);

    /// <summary>The highest stored seq, or 0 for an empty log.</summary>
    Task<long> LastSeqAsync(string exerciseId, CancellationToken cancellationToken = default);
}
