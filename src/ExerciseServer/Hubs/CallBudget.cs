namespace ExerciseServer.Hubs;

/// <summary>A token bucket per connection: bursts are fine, a flood is refused with a reason.</summary>
public sealed class CallBudget(TimeProvider time)
{
    public const double PerSecond = 20;
    public const double Burst = 60;

    private double _tokens = Burst;
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        lock (this)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(Burst, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * PerSecond));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
