using System.Collections.Concurrent;
using System.Globalization;

namespace ExerciseServer.LoadTests;

/// <summary>What the participants of a big-room run saw and did.</summary>
public sealed class BigRoomResult(BigRoomLoadRun.Options options) : ParticipantTally
{
    private readonly int[] _receipts = new int[options.Participants * (options.Injects + 1)];
    private readonly ConcurrentQueue<(int Inject, double Ms)> _latencies = new();
    private readonly int[] _releaseSeen = new int[options.Injects + 1];
    private int _receiptCount;
    private int _releasesSeen;

    public volatile bool Closing;

    public bool Acknowledging => options.Ack;

    public int Receipts => Volatile.Read(ref _receiptCount);

    public int ReleasesSeen => Volatile.Read(ref _releasesSeen);

    /// <summary>Every participant, for every inject some participant saw released.</summary>
    public int Expected => ReleasesSeen * options.Participants;

    public int Duplicates => _receipts.Sum(n => Math.Max(0, n - 1));

    /// <summary>Participants that never received an inject the log says was released.</summary>
    public int Lost(IReadOnlyList<string> released)
    {
        var lost = 0;
        foreach (var inject in released)
        {
            if (Number(inject) is not { } k || k <= 0 || k > options.Injects)
            {
                continue;
            }

            for (var p = 0; p < options.Participants; p++)
            {
                lost += _receipts[(p * (options.Injects + 1)) + k] == 0 ? 1 : 0;
            }
        }

        return lost;
    }

    public IReadOnlyCollection<double> Latencies(bool all) => [.. _latencies.Where(l => all || l.Inject != 1).Select(l => l.Ms)];

    public IEnumerable<(string Inject, double P50, double P99, double Max)> PerInject() =>
        _latencies.GroupBy(l => l.Inject).OrderBy(g => g.Key).Select(g => (BigRoomLoadRun.InjectId(g.Key), LoadFigures.Percentile(g.Select(x => x.Ms), 0.5), LoadFigures.Percentile(g.Select(x => x.Ms), 0.99), g.Max(x => x.Ms)));

    /// <summary>Counts a receipt; true for the first receipt of the inject by this participant (then it acknowledges).</summary>
    public bool Receipt(int participant, string injectId, double ms)
    {
        var k = Number(injectId);
        if (k is not (> 0) || k > options.Injects)
        {
            Problem($"a release of an inject the scenario does not have: {injectId}");
            return false;
        }

        if (Volatile.Read(ref _releaseSeen[k.Value]) == 0 && Interlocked.Exchange(ref _releaseSeen[k.Value], 1) == 0)
        {
            Interlocked.Increment(ref _releasesSeen);
        }

        var first = Interlocked.Increment(ref _receipts[(participant * (options.Injects + 1)) + k.Value]) == 1;
        if (first)
        {
            _latencies.Enqueue((k.Value, ms));
            Interlocked.Increment(ref _receiptCount);
        }

        return first;
    }

    private static int? Number(string injectId) =>
        injectId.Length == 4 && injectId[0] == 'i' && int.TryParse(injectId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
}
