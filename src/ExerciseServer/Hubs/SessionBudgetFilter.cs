using System.Security.Claims;
using ExerciseServer.Core.Engine;
using ExerciseServer.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ExerciseServer.Hubs;

/// <summary>
/// Budgets per person, not per connection: every sign-in (its <see cref="ExerciseClaims.Session"/> claim) has one
/// token bucket of hub calls shared by all its connections, and may hold only so many connections open. A call
/// over the budget is refused with <c>too-many</c> and the connection stays open; a connection over the cap is
/// closed at once with the reason. Kept in this process's memory: in cluster mode each node counts on its own.
/// </summary>
public sealed class SessionBudgetFilter(IOptions<HubBudgetOptions> options, TimeProvider time) : IHubFilter
{
    private const string SessionItem = "budget-session";
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly HubBudgetOptions _options = options.Value;
    private readonly Dictionary<string, Budget> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _lastSweep = time.GetTimestamp();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var session = SessionOf(context.Context.User);
        lock (_lock)
        {
            Sweep();
            var budget = BudgetOf(session);
            if (budget.Connections >= _options.ConnectionsPerSession)
            {
                throw HubRefusal.Of(RejectionCode.TooMany, $"this sign-in already has {budget.Connections} connections open, the most it may have; close another tab or window and reconnect");
            }

            budget.Connections++;
        }

        context.Context.Items[SessionItem] = session;
        try
        {
            await next(context);
        }
        catch
        {
            // A refusal further on (another filter, the hub) means no OnDisconnected will follow: give the place back.
            context.Context.Items.Remove(SessionItem);
            Release(session);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            if (context.Context.Items.Remove(SessionItem, out var session) && session is string key)
            {
                Release(key);
            }
        }
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = invocationContext.Context;
        var session = caller.Items.TryGetValue(SessionItem, out var item) && item is string key ? key : SessionOf(caller.User);
        lock (_lock)
        {
            if (!BudgetOf(session).TryTake(time.GetTimestamp(), time, _options))
            {
                throw HubRefusal.Of(RejectionCode.TooMany, $"too many calls from this sign-in (at most {_options.CallBurst} at once, then {_options.CallsPerSecond:0.##} a second); wait a moment and try again");
            }
        }

        return next(invocationContext);
    }

    /// <summary>The session claim; a sign-in without one is known by who it is (role, exercise, team, name).</summary>
    public static string SessionOf(ClaimsPrincipal? user)
    {
        if (user?.FindFirstValue(ExerciseClaims.Session) is { Length: > 0 } session)
        {
            return "session:" + session;
        }

        return string.Join('|', "who", user?.FindFirstValue(ExerciseClaims.Role), user?.FindFirstValue(ExerciseClaims.Exercise), user?.FindFirstValue(ExerciseClaims.Team), user?.FindFirstValue(ExerciseClaims.Name));
    }

    private Budget BudgetOf(string session)
    {
        if (!_sessions.TryGetValue(session, out var budget))
        {
            _sessions[session] = budget = new Budget(_options.CallBurst, time.GetTimestamp());
        }

        return budget;
    }

    private void Release(string session)
    {
        lock (_lock)
        {
            if (_sessions.TryGetValue(session, out var budget) && budget.Connections > 0)
            {
                budget.Connections--;
            }
        }
    }

    /// <summary>Forgets sessions with no connection whose bucket has refilled: forgetting them earlier would hand out a fresh burst.</summary>
    private void Sweep()
    {
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(_lastSweep, now) < SweepEvery)
        {
            return;
        }

        _lastSweep = now;
        var refill = TimeSpan.FromSeconds(_options.CallBurst / _options.CallsPerSecond);
        foreach (var (session, budget) in _sessions.ToList())
        {
            if (budget.Connections == 0 && time.GetElapsedTime(budget.Last, now) >= refill)
            {
                _sessions.Remove(session);
            }
        }
    }

    /// <summary>One sign-in's token bucket and open connections; changed only under the filter's lock.</summary>
    private sealed class Budget(int burst, long createdAt)
    {
        private double _tokens = burst;

        public int Connections { get; set; }

        public long Last { get; private set; } = createdAt;

        public bool TryTake(long now, TimeProvider time, HubBudgetOptions options)
        {
            _tokens = Math.Min(options.CallBurst, _tokens + (time.GetElapsedTime(Last, now).TotalSeconds * options.CallsPerSecond));
            Last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
