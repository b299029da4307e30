using System.Collections.Concurrent;
using System.Diagnostics;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Diagnostics;
using ExerciseServer.Grains.Exercises;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// This silo's fan-out: one observer subscribed to every exercise that has connections here, renewing its
/// subscriptions every <see cref="RenewEvery"/>, forwarding each stored batch to every group whose viewer the
/// <see cref="VisibilityPolicy"/> lets see it: once per distinct audience (<see cref="PushAudiences"/>), all audiences
/// at once. Works the same across silos, with no backplane. An exercise grain that is activated again (its node died,
/// or it dropped itself after a failed append) starts with no subscribers, so what it stores before a bridge renews
/// would reach nobody; on each renewal the bridge therefore asks for the events after the last one it forwarded and
/// forwards any it missed (browsers drop events they already have, by sequence number).
/// </summary>
public sealed class ExerciseBridge(IGrainFactory grains, IHubContext<ExerciseHub> hub, TimeProvider time, ILogger<ExerciseBridge> logger)
    : BackgroundService, IExerciseObserver
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>The exercises watched here, with their groups and the viewer each group's members read as.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Group, Viewer Viewer)>> _exercises = new(StringComparer.Ordinal);
    /// <summary>The last sequence number forwarded per exercise, to find what a re-activated grain stored unheard.</summary>
    private readonly ConcurrentDictionary<string, long> _forwarded = new(StringComparer.Ordinal);
    private IExerciseObserver? _reference;

    /// <summary>Makes sure this silo hears the exercise's events; called when a connection joins it.</summary>
    public async Task WatchAsync(string exerciseId)
    {
        if (_exercises.ContainsKey(exerciseId))
        {
            return;
        }

        var exercise = grains.GetGrain<IExerciseGrain>(exerciseId);
        var groups = ExerciseGroups.All(exerciseId, await exercise.GetTeams(), await exercise.GetRoleSeats()).ToList();
        if (_exercises.TryAdd(exerciseId, groups))
        {
            await exercise.Subscribe(Reference);
        }
    }

    public async Task OnEvents(string exerciseId, IReadOnlyList<ExerciseEvent> events)
    {
        if (!_exercises.TryGetValue(exerciseId, out var groups) || events.Count == 0)
        {
            return;
        }

        using var activity = ExerciseTelemetry.Source.StartActivity("fanout push");
        activity?.SetTag("exerciseserver.exercise_id", exerciseId);
        activity?.SetTag("exerciseserver.events", events.Count);
        var last = events[^1].Seq;
        _forwarded.AddOrUpdate(exerciseId, last, (_, seen) => Math.Max(seen, last));
        await Task.WhenAll(PushAudiences.Of(groups, events).Select(audience => PushAsync(exerciseId, audience)));

        // From the earliest event's recording: what the longest-waiting event of the batch waited.
        var delay = time.GetUtcNow() - events[0].WallTime;
        if (delay >= TimeSpan.Zero)
        {
            ExerciseTelemetry.FanOutDelay.Record(delay.TotalSeconds);
        }
    }

    private async Task PushAsync(string exerciseId, PushAudience audience)
    {
        try
        {
            await hub.Clients.Groups(audience.Groups).SendAsync("events", exerciseId, audience.Events);
        }
        catch (Exception ex)
        {
            // A failed push is not lost: clients catch up by sequence number.
            logger.LogWarning(ex, "Pushing events of exercise {ExerciseId} to {Groups} failed", exerciseId, string.Join(", ", audience.Groups));
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
                    var exercise = grains.GetGrain<IExerciseGrain>(exerciseId);
                    await exercise.Subscribe(Reference);
                    if (_forwarded.TryGetValue(exerciseId, out var after))
                    {
                        var missed = await exercise.GetEvents(after, ExerciseHub.CatchUpPage);
                        await OnEvents(exerciseId, missed);
                    }
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
