using System.Globalization;

namespace ExerciseServer.LoadTests;

/// <summary>What one target (the bare hub or the exercise server) did in a big-room run, and the side-by-side table.</summary>
public sealed class BigRoomMeasurement(string name, bool isServer)
{
    public string Name => name;

    public bool IsServer => isServer;

    public int Held { get; set; }

    public double JoinSeconds { get; set; }

    public double CpuJoins { get; set; }

    public double CpuRounds { get; set; }

    public double IdleCores { get; set; }

    public double GeneratorCpu { get; set; }

    public long RssEmpty { get; set; }

    public long RssJoined { get; set; }

    public long RssRun { get; set; }

    public long RssEnd { get; set; }

    public string LoadBefore { get; set; } = "?";

    public string LoadAfter { get; set; } = "?";

    /// <summary>The server's stored log, checked; null for the bare hub, which stores nothing.</summary>
    public BigRoomLog.LogChecks? Log { get; set; }

    public int LogEvents { get; set; }

    public List<double> ReleaseLateness { get; set; } = [];

    public BigRoomResult? Result { get; private set; }

    private int _lost;

    public double P99 => LoadFigures.Percentile(Result!.Latencies(all: false), 0.99);

    public bool Clean => Result is { } r && (Log is null || Log.Problems.Count == 0) && r.JoinFailures == 0 && r.Dropped == 0 && r.AcksRefused == 0
        && _lost == 0 && r.Duplicates == 0 && r.ReleasesSeen == (Log?.Released ?? r.ReleasesSeen) && r.Receipts == r.Expected;

    /// <summary>Takes the participants' counts once the run is over; <paramref name="released"/> are the injects every participant should have.</summary>
    public void Take(BigRoomResult result, IReadOnlyList<string> released)
    {
        Result = result;
        _lost = result.Lost(released);
    }

    public static void PrintTable(BigRoomLoadRun.Options options, IReadOnlyList<BigRoomMeasurement> measured)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| big room, {options.Participants:N0} participants × {options.Teams} teams, {options.Injects} injects every {options.PeriodSeconds} s | {string.Join(" | ", measured.Select(m => m.Name))} |"));
        Console.WriteLine($"| --- |{string.Concat(measured.Select(_ => " ---: |"))}");
        Row("connections held / join failures / dropped", m => $"{m.Held:N0} / {m.Result!.JoinFailures} / {m.Result.Dropped}");
        Row("injects released / seen by participants", m => $"{m.Log?.Released.ToString(CultureInfo.InvariantCulture) ?? "-"} / {m.Result!.ReleasesSeen}");
        Row("receipts / expected", m => $"{m.Result!.Receipts:N0} / {m.Result.Expected:N0}");
        Row("release → receipt p50 / p95 / p99 / max ms, all injects", m => LoadFigures.Percentiles(m.Result!.Latencies(all: true)));
        Row("release → receipt p50 / p95 / p99 / max ms, without the first (warm-up)", m => LoadFigures.Percentiles(m.Result!.Latencies(all: false)));
        Row("lost / duplicates", m => $"{m._lost} / {m.Result!.Duplicates}");
        Row("acks accepted / refused (round trip p50 / p99 / max ms)", m => string.Create(CultureInfo.InvariantCulture,
            $"{m.Result!.AcksAccepted:N0} / {m.Result.AcksRefused:N0} ({LoadFigures.Percentile(m.Result.AckRoundTrips, 0.5):0.0} / {LoadFigures.Percentile(m.Result.AckRoundTrips, 0.99):0.0} / {LoadFigures.Percentile(m.Result.AckRoundTrips, 1):0.0})"));
        Row("log: events, sequence 1..n without gaps, game time never back", m => m.Log is { } log ? $"{m.LogEvents:N0}, {(log.SequenceOk ? "yes" : "NO")}, {(log.GameTimeOk ? "yes" : "NO")}" : "-");
        Row("log: acknowledgements stored (one per inject and team expected) / missing / extra / before their release", m => m.Log is { } log ? $"{log.Acknowledgements:N0} / {log.Missing} / {log.Extra} / {log.OutOfOrder}" : "-");
        Row("release lateness (release event's wall time − when its game minute fell due) p50 / p99 / max ms", m => m.Log is null ? "-" : LoadFigures.Percentiles(m.ReleaseLateness));
        Row("CPU s: sign-ins and joins / injects and acks (cores while idle before them)", m => string.Create(CultureInfo.InvariantCulture, $"{m.CpuJoins:0.0} / {m.CpuRounds:0.0} ({m.IdleCores:0.00})"));
        Row("RSS MB: empty / all joined / end of run (after GC) / during the run", m => string.Create(CultureInfo.InvariantCulture,
            $"{LoadFigures.Mb(m.RssEmpty):0} / {LoadFigures.Mb(m.RssJoined):0} / {LoadFigures.Mb(m.RssEnd):0} / {LoadFigures.Mb(m.RssRun):0}"));
        Row("KB per connection (RSS all joined − empty)", m => string.Create(CultureInfo.InvariantCulture, $"{(m.RssJoined - m.RssEmpty) / 1024.0 / Math.Max(1, m.Held):0.0}"));
        Row("load generator CPU s during the injects", m => string.Create(CultureInfo.InvariantCulture, $"{m.GeneratorCpu:0.0}"));
        Row("machine load average (1 min) before / after", m => $"{m.LoadBefore} / {m.LoadAfter}");
        Console.WriteLine();
        foreach (var m in measured)
        {
            Console.WriteLine($"{m.Name} per inject (release → receipt ms): " + string.Join("; ", m.Result!.PerInject().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Inject}: p50 {p.P50:0} p99 {p.P99:0} max {p.Max:0}"))));
            foreach (var problem in m.Log?.Problems.Take(20) ?? [])
            {
                Console.Error.WriteLine(problem);
            }
        }

        void Row(string label, Func<BigRoomMeasurement, string> value) =>
            Console.WriteLine($"| {label} | {string.Join(" | ", measured.Select(value))} |");
    }
}
