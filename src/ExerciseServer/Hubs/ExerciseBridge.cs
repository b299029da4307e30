using System.Collections.Concurrent;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Exercises;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// This silo's fan-out: one observer subscribed to every exercise that has connections here, renewing its
/// subscriptions every 30 seconds, forwarding each stored event to the groups whose audience may see it.
/// Works the same across silos, with no backplane.
/// </summary>
public sealed class ExerciseBridge(IGrainFactory grains, IHubContext<ExerciseHub> hub, ILogger<ExerciseBridge> logger)
    : BackgroundService, IExerciseObserver
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _exercises = new(StringComparer.Ordinal);
    private IExerciseObserver? _reference;

    /// <summary>Makes sure this silo hears the exercise's events; called when a connection joins it.</summary>
    public async Task WatchAsync(string exerciseId)
    {
        if (_exercises.TryAdd(exerciseId, DateTimeOffset.UtcNow))
        {
            await grains.GetGrain<IExerciseGrain>(exerciseId).Subscribe(Reference);
        }
    }

    public async Task OnEvents(string exerciseId, IReadOnlyList<ExerciseEvent> events)
    {
        try
        {
            await hub.Clients.Group(ExerciseGroups.Control(exerciseId)).SendAsync("events", exerciseId, events);
            var observed = events.Where(e => e.Audience.Observers).ToList();
            if (observed.Count > 0)
            {
                await hub.Clients.Group(ExerciseGroups.Observers(exerciseId)).SendAsync("events", exerciseId, observed);
            }

            var toAll = events.Where(e => e.Audience.AllPlayers).ToList();
            if (toAll.Count > 0)
            {
                await hub.Clients.Group(ExerciseGroups.Players(exerciseId)).SendAsync("events", exerciseId, toAll);
            }

            foreach (var team in events.Where(e => !e.Audience.AllPlayers).SelectMany(e => e.Audience.Teams).Distinct(StringComparer.Ordinal))
            {
                var forTeam = events.Where(e => !e.Audience.AllPlayers && e.Audience.Teams.Contains(team, StringComparer.Ordinal)).ToList();
                await hub.Clients.Group(ExerciseGroups.Team(exerciseId, team)).SendAsync("events", exerciseId, forTeam);
            }
        }
        catch (Exception ex)
        {
            // A failed push is not lost: clients catch up by sequence number.
            logger.LogWarning(ex, "Pushing events of exercise {ExerciseId} failed", exerciseId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var exerciseId in _exercises.Keys)
            {
                try
                {
                    await grains.GetGrain<IExerciseGrain>(exerciseId).Subscribe(Reference);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Renewing the subscription to exercise {ExerciseId} failed", exerciseId);
                }
            }
        }
    }

    private IExerciseObserver Reference => _reference ??= grains.CreateObjectReference<IExerciseObserver>(this);
}
