using ExerciseServer.Core.Engine;
using ExerciseServer.Security;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// Ended sessions on the hub: a connection of an ended session is refused, every call checks the session again
/// (the sign-in is read once per connection, so the cookie check alone would let an open connection go on), and
/// open connections are registered so that ending a session or revoking its code can close them.
/// </summary>
public sealed class SessionHubFilter(SessionRevocations revocations, SessionConnections connections) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (await revocations.RefusalAsync(invocationContext.Context.User) is { } reason)
        {
            throw HubRefusal.Of(RejectionCode.Forbidden, reason);
        }

        return await next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (await revocations.RefusalAsync(context.Context.User) is { } reason)
        {
            throw HubRefusal.Of(RejectionCode.Forbidden, reason);
        }

        connections.Add(context.Context);

        // Ended between the check and the registration: the closing pass may have missed this one.
        if (await revocations.RefusalAsync(context.Context.User) is not null)
        {
            connections.Remove(context.Context.ConnectionId);
            context.Context.Abort();
            return;
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(context.Context.ConnectionId);
        await next(context, exception);
    }
}
