using System.Collections.Concurrent;

namespace ExerciseServer.LoadTests;

/// <summary>
/// What every load run counts of its participants, the same way: acknowledgements in flight, accepted and refused
/// (with their round trips), failed joins and dropped connections. Problems are all counted and the first few of each
/// kind printed as they happen.
/// </summary>
public abstract class ParticipantTally
{
    private readonly ConcurrentQueue<double> _ackRoundTrips = new();
    private readonly ConcurrentDictionary<string, int> _problems = new(StringComparer.Ordinal);
    private int _pendingAcks;
    private int _acksAccepted;
    private int _acksRefused;
    private int _joinFailures;
    private int _dropped;

    public int PendingAcks => Volatile.Read(ref _pendingAcks);

    public int AcksAccepted => Volatile.Read(ref _acksAccepted);

    public int AcksRefused => Volatile.Read(ref _acksRefused);

    public int JoinFailures => Volatile.Read(ref _joinFailures);

    public int Dropped => Volatile.Read(ref _dropped);

    public IReadOnlyCollection<double> AckRoundTrips => _ackRoundTrips;

    public void AckStarted() => Interlocked.Increment(ref _pendingAcks);

    /// <summary>An acknowledgement came back after <paramref name="ms"/>; <paramref name="refusal"/> is null when it was accepted.</summary>
    public void AckDone(double ms, string? refusal)
    {
        _ackRoundTrips.Enqueue(ms);
        if (refusal is null)
        {
            Interlocked.Increment(ref _acksAccepted);
        }
        else
        {
            Interlocked.Increment(ref _acksRefused);
            Problem($"ack refused: {refusal}");
        }

        Interlocked.Decrement(ref _pendingAcks);
    }

    public void JoinFailed(Exception ex)
    {
        Interlocked.Increment(ref _joinFailures);
        Problem($"join failed: {ex.Message}");
    }

    public void Drop(string? why)
    {
        Interlocked.Increment(ref _dropped);
        Problem($"connection dropped: {why ?? "closed"}");
    }

    protected void Problem(string what)
    {
        if (_problems.AddOrUpdate(what.Length > 160 ? what[..160] : what, 1, (_, n) => n + 1) <= 3)
        {
            Console.Error.WriteLine(what);
        }
    }
}
