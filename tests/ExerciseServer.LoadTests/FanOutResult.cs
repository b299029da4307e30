using System.Collections.Concurrent;
using System.Globalization;

namespace ExerciseServer.LoadTests;

/// <summary>What one target of a fan-out run did under the run's load.</summary>
public sealed class FanOutResult(FanOutLoadRun.Options options) : ParticipantTally
{
    private readonly int[] _receipts = new int[options.Exercises * options.Participants * options.Rounds];
    private readonly bool[] _sent = new bool[options.Exercises * options.Rounds];
    private readonly ConcurrentQueue<double> _latencies = new();
    private int _receiptCount;
    private int _expected;
    private int _sendsRefused;

    public static readonly (string Label, Func<FanOutResult, string> Row)[] Rows =
    [
        ("connections held", r => r.Held.ToString("N0", CultureInfo.InvariantCulture)),
        ("injects sent / refused", r => Invariant($"{r._sent.Count(s => s)} / {r._sendsRefused}")),
        ("receipts / expected", r => Invariant($"{r.Receipts:N0} / {r.Expected:N0}")),
        ("p50 ms", r => Invariant($"{r.Percentile(0.50):0.0}")),
        ("p95 ms", r => Invariant($"{r.Percentile(0.95):0.0}")),
        ("p99 ms", r => Invariant($"{r.Percentile(0.99):0.0}")),
        ("max ms", r => Invariant($"{r.Percentile(1.0):0.0}")),
        ("lost", r => r.Lost.ToString(CultureInfo.InvariantCulture)),
        ("duplicates", r => r.Duplicates.ToString(CultureInfo.InvariantCulture)),
        ("acks accepted / refused, warm-up included (p99 round trip ms)", r => r.Options.Ack
            ? Invariant($"{r.AcksAccepted:N0} / {r.AcksRefused:N0} ({Percentile(r.AckRoundTrips, 0.99):0.0})")
            : "-"),
        ("join failures / dropped connections", r => Invariant($"{r.JoinFailures} / {r.Dropped}")),
        ("KB per connection (RSS after join − before)", r => Invariant($"{r.KbPerConnection:0.0} ({r.RssBeforeMb:0} → {r.RssAfterMb:0} MB)")),
        ("CPU s during the rounds / whole run", r => Invariant($"{r.CpuRounds:0.00} / {r.CpuTotal:0.00}")),
        ("load generator CPU s during the rounds", r => Invariant($"{r.GeneratorCpuRounds:0.00}")),
        ("machine load average (1 min) before / after the rounds", r => $"{r.LoadAverageBefore} / {r.LoadAverageAfter}"),
    ];

    public FanOutLoadRun.Options Options { get; } = options;
    public volatile bool Closing;
    public int Held { get; set; }
    public double JoinSeconds { get; set; }
    public double KbPerConnection { get; set; }
    public double RssBeforeMb { get; set; }
    public double RssAfterMb { get; set; }
    public double CpuRounds { get; set; }
    public double CpuTotal { get; set; }
    public double GeneratorCpuRounds { get; set; }
    public string LoadAverageBefore { get; set; } = "?";
    public string LoadAverageAfter { get; set; } = "?";
    public int Receipts => Volatile.Read(ref _receiptCount);
    public int Expected => Volatile.Read(ref _expected);

    /// <summary>Expected receipts that never came: every participant of an exercise, for each inject it accepted.</summary>
    public int Lost => Enumerable.Range(0, _receipts.Length).Count(i => _sent[Slot(i)] && _receipts[i] == 0);

    public int Duplicates => _receipts.Sum(n => Math.Max(0, n - 1));

    public bool Clean => Lost == 0 && Duplicates == 0 && _sendsRefused == 0 && JoinFailures == 0 && Dropped == 0 && AcksRefused == 0;

    public void Receipt(int participant, int round, double ms)
    {
        _latencies.Enqueue(ms);
        Interlocked.Increment(ref _receipts[(participant * Options.Rounds) + round]);
        Interlocked.Increment(ref _receiptCount);
    }

    public void Sent(int exercise, int round)
    {
        _sent[(exercise * Options.Rounds) + round] = true;
        Interlocked.Add(ref _expected, Options.Participants);
    }

    public void SendRefused(string? why)
    {
        Interlocked.Increment(ref _sendsRefused);
        Problem($"inject refused: {why}");
    }

    public double Percentile(double p) => Percentile(_latencies, p);

    private static double Percentile(IEnumerable<double> values, double p) => LoadFigures.Percentile(values, p);

    private int Slot(int receipt)
    {
        var participant = receipt / Options.Rounds;
        return (participant / Options.Participants * Options.Rounds) + (receipt % Options.Rounds);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
