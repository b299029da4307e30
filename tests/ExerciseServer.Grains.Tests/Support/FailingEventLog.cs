using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Grains.Tests.Support;

/// <summary>The real log, whose appends can be made to fail (a full disk) and can be held back (a slow disk), and counted.</summary>
public sealed class FailingEventLog(IEventLog inner) : IEventLog
{
    private TaskCompletionSource _gate = NewGate(open: true);

    public bool Failing { get; set; }

    private int _appends;

    public int Appends => Volatile.Read(ref _appends);

    /// <summary>Holds every append until <see cref="Open"/>, so commands pile up behind the one in flight.</summary>
    public void Hold() => _gate = NewGate(open: false);

    public void Open() => _gate.TrySetResult();

    public async Task AppendAsync(string exerciseId, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _appends);
        await _gate.Task;
        if (Failing)
        {
            throw new IOException("disk full (test)");
        }

        await inner.AppendAsync(exerciseId, events, cancellationToken);
    }

    public Task<IReadOnlyList<ExerciseEvent>> ReadAsync(string exerciseId, long after, int max, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(exerciseId, after, max, cancellationToken);

    public Task<long> LastSeqAsync(string exerciseId, CancellationToken cancellationToken = default) =>
        inner.LastSeqAsync(exerciseId, cancellationToken);

    private static TaskCompletionSource NewGate(bool open)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            gate.TrySetResult();
        }

        return gate;
    }
}
