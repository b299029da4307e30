using ExerciseServer.Core.Engine;
using ExerciseServer.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>A hub call that failed because the store cannot be reached is refused as <c>unavailable</c> with a reason, not an opaque server error.</summary>
public sealed class StoreUnavailableHubFilter(ILogger<StoreUnavailableHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is not HubException && StoreFailures.IsUnavailable(ex))
        {
            logger.LogWarning("Hub call {Method} refused: the store cannot be reached ({Error})", invocationContext.HubMethodName, ex.GetBaseException().Message);
            throw HubRefusal.Of(RejectionCode.Unavailable, StoreFailures.Reason);
        }
    }
}
