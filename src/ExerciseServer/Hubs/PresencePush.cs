using System.Collections.Concurrent;
using ExerciseServer.Grains.Presence;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// Tells control who is connected, at most once per <see cref="Window"/> per exercise: a push is scheduled by the
/// first change and sends the presence list as it is when it goes out, so a room of 50 joining at once costs control a
/// few lists, not 50 ever longer ones (each one a whole list, which a slow reader had buffered on the server: the
/// memory profile found about 3 KB per joined connection of pooled write buffers from them). A list read when it is
/// sent is also never an older one overtaking a newer one. Changes on any node arrive through the exercise's presence
/// grain, which this node watches while control is connected here (<see cref="NodePresence"/>).
/// </summary>
public sealed class PresencePush(IGrainFactory grains, IHubContext<ExerciseHub> hub, TimeProvider time, ILogger<PresencePush> logger) : IPresenceObserver
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, byte> _scheduled = new(StringComparer.Ordinal);
    private IPresenceObserver? _reference;

    /// <summary>This node's observer, for the presence grains to call.</summary>
    public IPresenceObserver Reference => _reference ??= grains.CreateObjectReference<IPresenceObserver>(this);

    public Task OnPresenceChanged(string exerciseId)
    {
        Changed(exerciseId);
        return Task.CompletedTask;
    }

    /// <summary>Someone joined, left or dropped, on any node: control connected here hears of it within the window.</summary>
    public void Changed(string exerciseId)
    {
        if (_scheduled.TryAdd(exerciseId, 0))
        {
            _ = PushAsync(exerciseId);
        }
    }

    private async Task PushAsync(string exerciseId)
    {
        try
        {
            await Task.Delay(Window, time);
        }
        finally
        {
            // Changes from here on schedule the next push, so the last change is always sent.
            _scheduled.TryRemove(exerciseId, out _);
        }

        try
        {
            var present = await grains.GetGrain<IExercisePresenceGrain>(exerciseId).List();
            await hub.Clients.Group(ExerciseGroups.Control(exerciseId)).SendAsync("presence", exerciseId, present);
        }
        catch (Exception ex)
        {
            // Control still has GetPresence, and the next change pushes again.
            logger.LogWarning(ex, "Pushing the presence of exercise {ExerciseId} to control failed", exerciseId);
        }
    }
}
