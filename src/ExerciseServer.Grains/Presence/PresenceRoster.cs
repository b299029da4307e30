using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Presence;

/// <summary>
/// Who is connected to one exercise, kept per node (the silo holding each socket) and merged on read. When a node
/// dies its people move to a "dropped" list until they connect again (anywhere) or <see cref="DroppedFor"/> passes;
/// a normal disconnect leaves no trace.
/// </summary>
public sealed class PresenceRoster
{
    /// <summary>How long control is shown that someone dropped when they do not come back.</summary>
    public static readonly TimeSpan DroppedFor = TimeSpan.FromMinutes(10);

    /// <summary>Longer than a report takes to arrive, so a closed connection is remembered past any report that still lists it.</summary>
    private static readonly TimeSpan ForgetClosedAfter = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, Dictionary<string, PresenceEntry>> _byNode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PresenceEntry> _dropped = new(StringComparer.Ordinal);

    /// <summary>Connections closed lately, so a node's report taken just before one closed does not bring it back.</summary>
    private readonly Dictionary<string, DateTimeOffset> _closed = new(StringComparer.Ordinal);

    public IEnumerable<string> Nodes => _byNode.Keys;

    public void Connected(PresenceEntry entry)
    {
        var node = entry.Node ?? "";
        if (!_byNode.TryGetValue(node, out var connections))
        {
            _byNode[node] = connections = new Dictionary<string, PresenceEntry>(StringComparer.Ordinal);
        }

        connections[entry.ConnectionId] = entry with { Dropped = null };
        _dropped.Remove(PersonOf(entry));
    }

    public bool Disconnected(string connectionId, DateTimeOffset now)
    {
        _closed[connectionId] = now;
        foreach (var (node, connections) in _byNode)
        {
            if (connections.Remove(connectionId))
            {
                if (connections.Count == 0)
                {
                    _byNode.Remove(node);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A node's own account of its connections, sent periodically: replaces what is known of that node, so a
    /// roster that was lost (its grain's silo died) is rebuilt from the nodes that are still alive.
    /// </summary>
    /// <param name="asOf">When the node took its account (its clock, like each entry's <c>Since</c>): connections that
    /// joined after it are kept; those closed lately are not brought back.</param>
    public bool Reported(string node, IReadOnlyList<PresenceEntry> entries, DateTimeOffset asOf, DateTimeOffset now)
    {
        foreach (var old in _closed.Where(c => now - c.Value > ForgetClosedAfter).Select(c => c.Key).ToList())
        {
            _closed.Remove(old);
        }

        var before = _byNode.TryGetValue(node, out var known) ? known : [];
        var after = entries.Where(e => !_closed.ContainsKey(e.ConnectionId))
            .Concat(before.Values.Where(e => e.Since > asOf))
            .DistinctBy(e => e.ConnectionId, StringComparer.Ordinal)
            .ToList();
        var changed = before.Count != after.Count || after.Any(e => !before.ContainsKey(e.ConnectionId));
        _byNode.Remove(node);
        foreach (var entry in after)
        {
            Connected(entry with { Node = node });
        }

        return changed;
    }

    /// <summary>Every connection of a node that membership declared dead becomes a dropped person; true when any did.</summary>
    public bool DropNodes(Func<string, bool> isDead, DateTimeOffset now)
    {
        var dead = _byNode.Keys.Where(isDead).ToList();
        foreach (var node in dead)
        {
            foreach (var entry in _byNode[node].Values)
            {
                _dropped[PersonOf(entry)] = entry with { Dropped = now };
            }

            _byNode.Remove(node);
        }

        // Someone with another connection still open (a second tab on a live node) did not drop.
        foreach (var person in _byNode.Values.SelectMany(c => c.Values).Select(PersonOf).ToList())
        {
            _dropped.Remove(person);
        }

        return dead.Count > 0;
    }

    public bool ForgetOldDrops(DateTimeOffset now)
    {
        var old = _dropped.Where(d => now - d.Value.Dropped >= DroppedFor).Select(d => d.Key).ToList();
        old.ForEach(person => _dropped.Remove(person));
        return old.Count > 0;
    }

    /// <summary>Connected people by team and name, then the dropped ones.</summary>
    public IReadOnlyList<PresenceEntry> List() =>
    [
        .. Ordered(_byNode.Values.SelectMany(c => c.Values)),
        .. Ordered(_dropped.Values),
    ];

    private static IEnumerable<PresenceEntry> Ordered(IEnumerable<PresenceEntry> entries) =>
        entries.OrderBy(e => e.Team ?? "~", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal);

    /// <summary>The same person across connections: their sign-in, or who they said they are when there is none (an API token).</summary>
    private static string PersonOf(PresenceEntry entry) => entry.Session ?? $"{entry.Role}\n{entry.Team}\n{entry.Name}";
}
