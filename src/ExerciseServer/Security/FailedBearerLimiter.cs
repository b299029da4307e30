using System.Collections.Concurrent;

namespace ExerciseServer.Security;

/// <summary>
/// Failed API-token attempts per client address, in windows of one minute (<c>Security:FailedBearerPerMinute</c>,
/// 10). A lookup takes a permit first and a valid token gives it back, so a script with a good token is never
/// held back while a guesser gets no more lookups than the limit allows, however many requests it sends at once.
/// </summary>
public sealed class FailedBearerLimiter(TimeProvider time, int perMinute)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int SweepAbove = 1_000;

    private readonly ConcurrentDictionary<string, AddressWindow> _addresses = new(StringComparer.Ordinal);
    private long _lastSweep = time.GetTimestamp();

    public int PerMinute { get; } = perMinute;

    /// <summary>A permit for one token lookup from this address; false, with when to try again, once its failures are used up.</summary>
    public bool TryBegin(string address, out TimeSpan retryAfter)
    {
        var now = time.GetTimestamp();
        SweepIfLarge(now);
        var window = _addresses.GetOrAdd(address, _ => new AddressWindow(now));
        lock (window)
        {
            if (time.GetElapsedTime(window.Start, now) >= Window)
            {
                window.Start = now;
                window.Used = 0;
            }

            if (window.Used >= PerMinute)
            {
                retryAfter = Window - time.GetElapsedTime(window.Start, now);
                return false;
            }

            window.Used++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>The token was valid: the attempt was not a failure.</summary>
    public void Succeeded(string address)
    {
        if (_addresses.TryGetValue(address, out var window))
        {
            lock (window)
            {
                window.Used = Math.Max(0, window.Used - 1);
            }
        }
    }

    /// <summary>Forgets addresses whose window is over, at most once a minute and only when many are remembered.</summary>
    private void SweepIfLarge(long now)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_addresses.Count <= SweepAbove || time.GetElapsedTime(last, now) < Window || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (address, window) in _addresses)
        {
            if (time.GetElapsedTime(window.Start, now) >= Window)
            {
                _addresses.TryRemove(address, out _);
            }
        }
    }

    private sealed class AddressWindow(long start)
    {
        public long Start { get; set; } = start;

        public int Used { get; set; }
    }
}
