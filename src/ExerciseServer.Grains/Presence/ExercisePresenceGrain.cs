using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Presence;

[GrainType("exercise-presence")]
public sealed class ExercisePresenceGrain : Grain, IExercisePresenceGrain
{
    private readonly Dictionary<string, PresenceEntry> _connections = new(StringComparer.Ordinal);

    public Task Connected(PresenceEntry entry)
    {
        _connections[entry.ConnectionId] = entry;
        return Task.CompletedTask;
    }

    public Task Disconnected(string connectionId)
    {
        _connections.Remove(connectionId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PresenceEntry>> List() =>
        Task.FromResult<IReadOnlyList<PresenceEntry>>([.. _connections.Values.OrderBy(e => e.Team ?? "~", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)]);
}
