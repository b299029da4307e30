using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Grains.Presence;

[GrainType("exercise-presence")]
public sealed class ExercisePresenceGrain(IServiceProvider services) : Grain, IExercisePresenceGrain
{
    private readonly PresenceRoster _roster = new();
    private readonly Dictionary<string, (IPresenceObserver Observer, DateTimeOffset Until)> _observers = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;
    private readonly IClusterMembershipService _membership = services.GetRequiredService<IClusterMembershipService>();
    private readonly CancellationTokenSource _deactivated = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Started on the activation's scheduler, so each update is handled in turn with the grain's calls.
        _ = WatchMembershipAsync(_deactivated.Token);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _deactivated.CancelAsync();
        _deactivated.Dispose();
    }

    public Task Connected(PresenceEntry entry)
    {
        _roster.Connected(entry);
        Notify();
        return Task.CompletedTask;
    }

    public Task Disconnected(string connectionId)
    {
        if (_roster.Disconnected(connectionId, _time.GetUtcNow()))
        {
            Notify();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PresenceEntry>> List()
    {
        _roster.ForgetOldDrops(_time.GetUtcNow());
        return Task.FromResult(_roster.List());
    }

    public Task Report(string node, IReadOnlyList<PresenceEntry> entries, DateTimeOffset asOf)
    {
        if (_roster.Reported(node, entries, asOf, _time.GetUtcNow()))
        {
            Notify();
        }

        return Task.CompletedTask;
    }

    public Task Watch(string node, IPresenceObserver observer)
    {
        _observers[node] = (observer, _time.GetUtcNow() + (3 * IExercisePresenceGrain.ReportEvery));
        return Task.CompletedTask;
    }

    /// <summary>Each membership change: the connections of nodes declared dead are dropped, and so are their observers.</summary>
    private async Task WatchMembershipAsync(CancellationToken deactivated)
    {
        try
        {
            await foreach (var snapshot in _membership.MembershipUpdates.WithCancellation(deactivated))
            {
                var changed = _roster.DropNodes(node => IsDead(snapshot, node), _time.GetUtcNow());
                foreach (var node in _observers.Keys.Where(node => IsDead(snapshot, node)).ToList())
                {
                    _observers.Remove(node);
                }

                if (changed)
                {
                    Notify();
                }
            }
        }
        catch (OperationCanceledException) when (deactivated.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Declared dead by membership. Not "absent from the snapshot": a node that just joined may not be in this silo's
    /// view yet. An entry without a node (one silo) or with one that does not parse is never dead.
    /// </summary>
    private static bool IsDead(ClusterMembershipSnapshot snapshot, string node)
    {
        try
        {
            return node.Length > 0 && snapshot.GetSiloStatus(SiloAddress.FromParsableString(node)) == SiloStatus.Dead;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>One-way to every node with control connected; each coalesces into at most one push per window.</summary>
    private void Notify()
    {
        var now = _time.GetUtcNow();
        foreach (var (node, (observer, until)) in _observers.ToList())
        {
            if (until < now)
            {
                _observers.Remove(node);
                continue;
            }

            _ = observer.OnPresenceChanged(this.GetPrimaryKeyString());
        }
    }
}
