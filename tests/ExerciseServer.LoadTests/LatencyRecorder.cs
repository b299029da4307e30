using System.Collections.Concurrent;
using System.Globalization;

namespace ExerciseServer.LoadTests;

/// <summary>Release-to-receipt latencies in milliseconds, and errors, from many connections at once.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _latencies = [];
    private int _errors;

    public int Count => _latencies.Count;

    public int Errors => _errors;

    public void Record(DateTimeOffset sentAt) => _latencies.Add((DateTimeOffset.UtcNow - sentAt).TotalMilliseconds);

    public void Error() => Interlocked.Increment(ref _errors);

    public double Percentile(double p)
    {
        var sorted = _latencies.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Row(string label, int connections) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {connections:N0} | {Count:N0} | {Percentile(0.5):0.0} | {Percentile(0.95):0.0} | {Percentile(0.99):0.0} | {Errors} |");
}
