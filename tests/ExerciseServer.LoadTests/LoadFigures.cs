using System.Globalization;

namespace ExerciseServer.LoadTests;

/// <summary>The figures every load run prints the same way: percentiles (nearest rank), megabytes and the machine's load.</summary>
public static class LoadFigures
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0..1) of <paramref name="values"/>; NaN when there are none.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>"p50 / p95 / p99 / max" in milliseconds with one decimal.</summary>
    public static string Percentiles(IReadOnlyCollection<double> values) => string.Create(CultureInfo.InvariantCulture,
        $"{Percentile(values, 0.5):0.0} / {Percentile(values, 0.95):0.0} / {Percentile(values, 0.99):0.0} / {Percentile(values, 1):0.0}");

    public static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    /// <summary>The one-minute load average, printed next to every figure so a loaded machine shows.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
