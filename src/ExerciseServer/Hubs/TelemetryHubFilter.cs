using System.Diagnostics;
using System.Security.Claims;
using ExerciseServer.Core.Engine;
using ExerciseServer.Grains.Diagnostics;
using ExerciseServer.Security;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// The hub's part of <see cref="ExerciseTelemetry"/>, outermost of the hub filters so it sees every refusal: a span per
/// invocation (the root of a command's trace through the grains, the store and the push), refusals by code, and open
/// connections by role.
/// </summary>
public sealed class TelemetryHubFilter : IHubFilter
{
    private const string RoleKey = "telemetry-role";

    private static readonly Dictionary<string, string> Codes =
        Enum.GetValues<RejectionCode>().Select(Rejection.WordOf).ToDictionary(word => word, StringComparer.Ordinal);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        using var activity = ExerciseTelemetry.Source.StartActivity($"hub {invocationContext.HubMethodName}", ActivityKind.Server);
        try
        {
            return await next(invocationContext);
        }
        catch (HubException ex)
        {
            var code = CodeOf(ex.Message);
            ExerciseTelemetry.Rejections.Add(1, new("code", code), new("origin", "hub"));
            activity?.SetStatus(ActivityStatusCode.Error, code);
            throw;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);

        // Counted once the connection is accepted; the role is kept so the disconnect takes back the same series.
        var role = context.Context.User?.FindFirstValue(ExerciseClaims.Role) ?? "none";
        context.Context.Items[RoleKey] = role;
        ExerciseTelemetry.Connections.Add(1, new KeyValuePair<string, object?>("role", role));
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            if (context.Context.Items.Remove(RoleKey, out var role))
            {
                ExerciseTelemetry.Connections.Add(-1, new KeyValuePair<string, object?>("role", role));
            }
        }
    }

    /// <summary>A hub refusal starts with its code's word (<see cref="HubRefusal"/>); anything else is counted as <c>other</c>.</summary>
    private static string CodeOf(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Codes.TryGetValue(message[..colon], out var word) ? word : "other";
    }
}
