using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.LoadTests;

/// <summary>The baseline: a SignalR hub that does nothing but put connections in groups.</summary>
public sealed class BareHub : Hub
{
    public Task JoinGroup(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);
}
