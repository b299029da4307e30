using ExerciseServer.Core.Engine;
using ExerciseServer.Security;
using Microsoft.AspNetCore.Http.Features;
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

        ForgetCookie(context.Context.GetHttpContext());
        await next(context);
    }

    /// <summary>
    /// A hub connection keeps its HTTP request for as long as it is open, and with it the sign-in cookie twice over
    /// (the header and its parsed value: some 2.4 KB per connection in the memory profile). The sign-in was read from
    /// it when the connection was made (<see cref="HubCallerContext.User"/>, checked again on every call above) and
    /// nothing reads the cookie after, so an open connection lets go of it.
    /// </summary>
    internal static void ForgetCookie(HttpContext? http)
    {
        if (http is null)
        {
            return;
        }

        http.Request.Headers.Cookie = default;
        http.Features.Set<IRequestCookiesFeature>(null);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(context.Context.ConnectionId);
        await next(context, exception);
    }
}
