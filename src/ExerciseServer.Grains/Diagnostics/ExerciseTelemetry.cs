using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ExerciseServer.Grains.Diagnostics;

/// <summary>
/// The server's own meter and activity source, both named <see cref="Name"/>: every instrument is defined here, so
/// the list of series an operator can chart is in one place (README, Operations). Static because grains, the
/// store's writer and the hub all record into them and OpenTelemetry finds them by name; they cost nothing until a
/// meter listener or activity listener subscribes.
/// </summary>
public static class ExerciseTelemetry
{
    public const string Name = "ExerciseServer";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    };

    private static readonly InstrumentAdvice<int> CountBuckets = new()
    {
        HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096],
    };

    /// <summary>Exercise grains active on this node, by lifecycle (ready, running, paused, ended).</summary>
    public static readonly UpDownCounter<long> Exercises =
        Meter.CreateUpDownCounter<long>("exerciseserver.exercises", "{exercise}", "Exercises active on this node, by lifecycle");

    /// <summary>Hub connections open on this node, by the role of their sign-in.</summary>
    public static readonly UpDownCounter<long> Connections =
        Meter.CreateUpDownCounter<long>("exerciseserver.hub.connections", "{connection}", "Hub connections open on this node, by role");

    /// <summary>Commands an exercise grain judged, by command type and outcome (accepted, duplicate, rejected, failed).</summary>
    public static readonly Counter<long> Commands =
        Meter.CreateCounter<long>("exerciseserver.commands", "{command}", "Commands judged by exercise grains, by type and outcome");

    /// <summary>Refusals by rejection code, from the exercise (<c>origin=exercise</c>) or the hub's own checks (<c>origin=hub</c>).</summary>
    public static readonly Counter<long> Rejections =
        Meter.CreateCounter<long>("exerciseserver.rejections", "{rejection}", "Refused commands and hub calls, by code and origin");

    /// <summary>Events per append of one exercise grain (its group of commands that arrived during the previous append).</summary>
    public static readonly Histogram<int> AppendEvents =
        Meter.CreateHistogram("exerciseserver.append.events", "{event}", "Events per append of an exercise grain to the event log", advice: CountBuckets);

    /// <summary>From an exercise grain's append call to its events being durable, whichever store.</summary>
    public static readonly Histogram<double> AppendDuration =
        Meter.CreateHistogram("exerciseserver.append.duration", "s", "Time until an exercise grain's append is durable", advice: SecondsBuckets);

    /// <summary>Events per transaction of the SQLite group-commit writer (the appends of all exercises that queued meanwhile).</summary>
    public static readonly Histogram<int> CommitEvents =
        Meter.CreateHistogram("exerciseserver.sqlite.commit.events", "{event}", "Events per SQLite group-commit transaction", advice: CountBuckets);

    /// <summary>One SQLite group-commit transaction, from its first insert to its commit.</summary>
    public static readonly Histogram<double> CommitDuration =
        Meter.CreateHistogram("exerciseserver.sqlite.commit.duration", "s", "Duration of a SQLite group-commit transaction", advice: SecondsBuckets);

    /// <summary>From an event's recording (its wall time, before the append) to its push to the hub's groups on this node.</summary>
    public static readonly Histogram<double> FanOutDelay =
        Meter.CreateHistogram("exerciseserver.fanout.delay", "s", "Time from an event's recording to its push to connected clients", advice: SecondsBuckets);

    /// <summary>How late the running clock released an inject: from the wall time its due game time was reached to the release.</summary>
    public static readonly Histogram<double> InjectLateness =
        Meter.CreateHistogram("exerciseserver.inject.lateness", "s", "Time from an inject's due moment to its release by the clock", advice: SecondsBuckets);

    /// <summary>Events in one hub catch-up page.</summary>
    public static readonly Histogram<int> CatchUpEvents =
        Meter.CreateHistogram("exerciseserver.catchup.events", "{event}", "Events per hub catch-up page", advice: CountBuckets);

    /// <summary>Seconds from <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp) to now.</summary>
    public static double SecondsSince(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;
}
