using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Presence;

/// <summary>
/// Who is connected to one exercise now (keyed by exercise id), per node and merged (<see cref="PresenceRoster"/>).
/// Kept in memory only: presence is about the present; nodes report their connections again every
/// <see cref="ReportEvery"/>, so a roster lost with its silo is rebuilt, and a dead node's connections are dropped
/// once membership declares it dead.
/// </summary>
[Alias("ExerciseServer.Grains.Presence.IExercisePresenceGrain")]
public interface IExercisePresenceGrain : IGrainWithStringKey
{
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(15);

    [Alias("Connected")]
    Task Connected(PresenceEntry entry);

    [Alias("Disconnected")]
    Task Disconnected(string connectionId);

    /// <summary>Connected people, then those whose node died under them (<see cref="PresenceEntry.Dropped"/> set).</summary>
    [Alias("List")]
    Task<IReadOnlyList<PresenceEntry>> List();

    /// <summary>
    /// A node's whole set of connections to this exercise as of a moment (its clock), replacing what was known of
    /// that node except connections that joined after that moment or closed lately.
    /// </summary>
    [Alias("Report")]
    Task Report(string node, IReadOnlyList<PresenceEntry> entries, DateTimeOffset asOf);

    /// <summary>The node's observer hears of every change for the next <c>3 × ReportEvery</c>; nodes renew it with each report.</summary>
    [Alias("Watch")]
    Task Watch(string node, IPresenceObserver observer);
}
