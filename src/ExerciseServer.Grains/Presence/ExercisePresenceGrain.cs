using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Presence;

[GrainType("exercise-presence")]
public sealed class ExercisePresenceGrain : Grain, IExercisePresenceGrain
{
    private readonly Dictionary<string, PresenceEntry> _connections = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<PresenceEntry>> Connected(PresenceEntry entry)
    {
        _connections[entry.ConnectionId] = entry;
        return List();
    }

    public Task<IReadOnlyList<PresenceEntry>> Disconnected(string connectionId)
    {
        _connections.Remove(connectionId);
        return List();
    }

    public Task<IReadOnlyList<PresenceEntry>> List() =>
        Task.FromResult<IReadOnlyList<PresenceEntry>>([.. _connections.Values.OrderBy(e => e.Team ?? "~", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)]);
}
