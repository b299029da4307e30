using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// The write side of one exercise grain. Commands run against the engine one at a time in arrival order and hand
/// their events here; while one append is in flight the next commands' events collect in a pending batch, which
/// becomes the next single append. Each caller's task completes when its events (and every event before them)
/// are durable and published, or fails when any of them could not be stored. Runs on the grain's scheduler:
/// no locks, one writer.
/// </summary>
internal sealed class ExerciseAppendQueue(
    Func<IReadOnlyList<ExerciseEvent>, Task> store,
    Func<IReadOnlyList<ExerciseEvent>, Task> publish,
    Action<Exception, int> failed)
{
    private List<ExerciseEvent> _pending = [];
    private TaskCompletionSource? _pendingDone;
    private TaskCompletionSource? _inFlightDone;
    private Exception? _failure;

    /// <summary>
    /// Queues a command's events. The task completes when they are durable; with no events, when everything
    /// queued before is durable (so a duplicate or a refusal never answers ahead of the state it was judged on).
    /// </summary>
    public Task Enqueue(IReadOnlyList<ExerciseEvent> events)
    {
        if (_failure is not null)
        {
            return Task.FromException(_failure);
        }

        if (events.Count == 0)
        {
            return _pendingDone?.Task ?? _inFlightDone?.Task ?? Task.CompletedTask;
        }

        _pending.AddRange(events);
        _pendingDone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = _pendingDone.Task;
        if (_inFlightDone is null)
        {
            _ = FlushAsync();
        }

        return done;
    }

    private async Task FlushAsync()
    {
        while (_pending.Count > 0)
        {
            var batch = _pending;
            var done = _pendingDone!;
            _pending = [];
            _pendingDone = null;
            _inFlightDone = done;
            try
            {
                await store(batch);
            }
            catch (Exception ex)
            {
                // Nothing after a failed append may be stored or answered: the pending batch fails with it.
                _failure = ex;
                var lost = batch.Count + _pending.Count;
                done.TrySetException(ex);
                _pendingDone?.TrySetException(ex);
                _pending = [];
                _pendingDone = null;
                _inFlightDone = null;
                failed(ex, lost);
                return;
            }

            await publish(batch);
            _inFlightDone = null;
            done.TrySetResult();
        }
    }
}
