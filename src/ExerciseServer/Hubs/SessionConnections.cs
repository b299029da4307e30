using System.Collections.Concurrent;
using System.Security.Claims;
using ExerciseServer.Security;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// This node's open hub connections with the session and join code (ids) each was signed in with, so that ending
/// a session or revoking a code can close its connections at once. Fed by <see cref="SessionHubFilter"/>.
/// </summary>
public sealed class SessionConnections
{
    private readonly ConcurrentDictionary<string, Entry> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public void Add(HubCallerContext context) =>
        _connections[context.ConnectionId] = new Entry(context, context.User?.FindFirstValue(ExerciseClaims.Session), context.User?.FindFirstValue(ExerciseClaims.Code));

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>Closes every connection whose session or code <paramref name="ended"/> says is over; how many.</summary>
    public int CloseWhere(Func<string?, string?, bool> ended)
    {
        var closed = 0;
        foreach (var (id, entry) in _connections)
        {
            if (ended(entry.Session, entry.Code))
            {
                _connections.TryRemove(id, out _);
                entry.Context.Abort();
                closed++;
            }
        }

        return closed;
    }

    private sealed record Entry(HubCallerContext Context, string? Session, string? Code);
}
