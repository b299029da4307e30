using System.Collections.Concurrent;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Presence;

namespace ExerciseServer.Hubs;

/// <summary>
/// This node's side of presence: the connections whose sockets it holds, per exercise, told to the exercise's
/// presence grain as they come and go and reported whole every <see cref="IExercisePresenceGrain.ReportEvery"/>
/// (which rebuilds a roster lost with the silo that held it). Each entry names this node, so the grain drops them
/// when membership declares the node dead. Where control is connected here, this node watches the exercise's
/// presence, so changes made on any node reach its control connections (<see cref="PresencePush"/>).
/// </summary>
public sealed class NodePresence(IGrainFactory grains, ILocalSiloDetails silo, PresencePush push, TimeProvider time, ILogger<NodePresence> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PresenceEntry>> _exercises = new(StringComparer.Ordinal);

    /// <summary>The silo holding this node's sockets, as entries name it.</summary>
    public string Node { get; } = silo.SiloAddress.ToParsableString();

    public async Task ConnectedAsync(string exerciseId, PresenceEntry entry)
    {
        entry = entry with { Node = Node };
        while (true)
        {
            var connections = _exercises.GetOrAdd(exerciseId, _ => new ConcurrentDictionary<string, PresenceEntry>(StringComparer.Ordinal));
            connections[entry.ConnectionId] = entry;

            // Again if the report loop let go of this exercise's (empty) set meanwhile.
            if (_exercises.TryGetValue(exerciseId, out var current) && current == connections)
            {
                break;
            }
        }

        var presence = grains.GetGrain<IExercisePresenceGrain>(exerciseId);
        if (entry.Role == Security.ExerciseClaims.Control)
        {
            // Before the entry, so this control connection hears of itself.
            await presence.Watch(Node, push.Reference);
        }

        await presence.Connected(entry);
    }

    public async Task DisconnectedAsync(string exerciseId, string connectionId)
    {
        if (_exercises.TryGetValue(exerciseId, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }

        await grains.GetGrain<IExercisePresenceGrain>(exerciseId).Disconnected(connectionId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(IExercisePresenceGrain.ReportEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (exerciseId, connections) in _exercises)
            {
                await ReportAsync(exerciseId, connections, stoppingToken);
            }
        }
    }

    private async Task ReportAsync(string exerciseId, ConcurrentDictionary<string, PresenceEntry> connections, CancellationToken stoppingToken)
    {
        try
        {
            // Dated a few seconds back: a connection joining while the account is taken is kept by the grain even if missing here.
            var asOf = time.GetUtcNow() - TimeSpan.FromSeconds(5);
            var entries = connections.Values.ToList();
            var presence = grains.GetGrain<IExercisePresenceGrain>(exerciseId);
            if (entries.Any(e => e.Role == Security.ExerciseClaims.Control))
            {
                await presence.Watch(Node, push.Reference);
            }

            await presence.Report(Node, entries, asOf);
            if (entries.Count == 0 && connections.IsEmpty)
            {
                // Reported empty once (so the grain forgets this node's last ones), then no longer reported.
                _exercises.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, PresenceEntry>>(exerciseId, connections));
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Reporting this node's connections to exercise {ExerciseId} failed", exerciseId);
        }
    }
}
