using Orleans.Concurrency;

namespace ExerciseServer.Grains.Presence;

/// <summary>Told that an exercise's presence changed: implemented by each node that has control connected to it.</summary>
[Alias("ExerciseServer.Grains.Presence.IPresenceObserver")]
public interface IPresenceObserver : IGrainObserver
{
    [OneWay]
    [Alias("OnPresenceChanged")]
    Task OnPresenceChanged(string exerciseId);
}
