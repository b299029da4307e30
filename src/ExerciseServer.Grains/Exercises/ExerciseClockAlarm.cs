namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// A one-shot wake-up for a running exercise, armed for the wall time its next agenda item (or grid check) falls
/// due, on the grains' injectable <see cref="TimeProvider"/> (so tests move it with a fake clock). Re-arming for
/// the same instant keeps a timer that has not fired; anything else replaces it. <c>ring</c> runs on a timer
/// thread and must hop back onto the grain.
/// </summary>
internal sealed class ExerciseClockAlarm(TimeProvider time, Action ring) : IDisposable
{
    /// <summary>An overdue instant that already rang is retried after this, so a clock that cannot catch up never spins.</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(1);

    private Shot? _shot;

    public void Arm(DateTimeOffset? at)
    {
        if (_shot is { Fired: false } live && live.At == at)
        {
            return;
        }

        var rangFor = _shot is { Fired: true } spent ? spent.At : (DateTimeOffset?)null;
        Dispose();
        if (at is not { } when)
        {
            return;
        }

        var delay = when - time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            delay = when == rangFor ? Retry : TimeSpan.Zero;
        }

        var shot = new Shot(when);
        shot.Timer = time.CreateTimer(
            _ =>
            {
                shot.Fired = true;
                ring();
            },
            null,
            delay,
            Timeout.InfiniteTimeSpan);
        _shot = shot;
    }

    public void Dispose()
    {
        _shot?.Timer?.Dispose();
        _shot = null;
    }

    private sealed class Shot(DateTimeOffset at)
    {
        public DateTimeOffset At { get; } = at;
        private volatile bool _fired;

        public ITimer? Timer { get; set; }

        public bool Fired
        {
            get => _fired;
            set => _fired = value;
        }
    }
}
