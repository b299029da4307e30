using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Presence;

/// <summary>
/// Who is connected to one exercise now (keyed by exercise id). Kept in memory only: presence is about the present,
/// and connections register again when they reconnect.
/// </summary>
[Alias("ExerciseServer.Grains.Presence.IExercisePresenceGrain")]
public interface IExercisePresenceGrain : IGrainWithStringKey
{
    [Alias("Connected")]
    Task Connected(PresenceEntry entry);

    [Alias("Disconnected")]
    Task Disconnected(string connectionId);

    [Alias("List")]
    Task<IReadOnlyList<PresenceEntry>> List();
}
