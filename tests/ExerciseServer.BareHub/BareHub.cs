using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.BareHub;

/// <summary>
/// A SignalR hub that does only what the exercise hub's hot path does on the wire: it puts connections in the same
/// groups (control, and one per team, for each exercise), pushes "events" of the same shape and answers with an
/// outcome of the same shape. An ad-hoc inject goes to every team group and control; an acknowledgement is pushed,
/// like the server's, only for a team's first acknowledgement of an inject, to that team and control (the server
/// stores a team's first and accepts the rest without an event). <see cref="StartRoom"/> releases scripted injects on
/// the hub's own clock, as the big-room run's server does. No sign-in, no storage, no grains: the floor the real
/// server is measured against.
/// </summary>
public sealed class BareHub(IHubContext<BareHub> context) : Hub
{
    private const string TeamKey = "team";
    private static readonly ConcurrentDictionary<string, BareExercise> Exercises = new(StringComparer.Ordinal);

    /// <summary>Joins the exercise as a team's participant, or as control when <paramref name="team"/> is null.</summary>
    public async Task<object> Join(string exerciseId, string? team)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new BareExercise());
        if (team is null)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Control(exerciseId));
        }
        else
        {
            exercise.Teams.TryAdd(team, 0);
            Context.Items[TeamKey] = team;
            await Groups.AddToGroupAsync(Context.ConnectionId, Team(exerciseId, team));
        }

        return new { exerciseId, role = team is null ? "control" : "player", team, lastSeq = exercise.Seq };
    }

    public async Task<object> CreateInject(string exerciseId, string[] to, string channel, string title, string body, string idempotencyKey)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new BareExercise());
        var seq = Interlocked.Add(ref exercise.Seq, 2);
        var injectId = $"adhoc-{seq / 2}";
        var now = DateTimeOffset.UtcNow;
        var audience = new { all = true, teams = Array.Empty<string>(), observers = false };
        object[] events =
        [
            new { type = "ad-hoc-inject-created", seq = seq - 1, gameTime = TimeSpan.Zero, wallTime = now, audience, injectId, to, channel, title, body, commandKey = idempotencyKey },
            new { type = "inject-released", seq, gameTime = TimeSpan.Zero, wallTime = now, audience, injectId, byControl = true, commandKey = idempotencyKey },
        ];
        await Clients.Groups(EveryGroup(exerciseId, exercise)).SendAsync("events", exerciseId, events);
        return new { accepted = true, duplicate = false, rejection = (string?)null, events };
    }

    public async Task<object> Acknowledge(string exerciseId, string injectId, string idempotencyKey)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new BareExercise());
        var team = Context.Items[TeamKey] as string ?? "";
        if (!exercise.Acknowledged.TryAdd((injectId, team), 0))
        {
            return new { accepted = true, duplicate = false, rejection = (string?)null, events = Array.Empty<object>() };
        }

        var seq = Interlocked.Increment(ref exercise.Seq);
        object[] events =
        [
            new { type = "inject-acknowledged", seq, gameTime = TimeSpan.Zero, wallTime = DateTimeOffset.UtcNow, audience = new { all = false, teams = new[] { team }, observers = true }, injectId, team, commandKey = idempotencyKey },
        ];
        await Clients.Groups([Team(exerciseId, team), Control(exerciseId)]).SendAsync("events", exerciseId, events);
        return new { accepted = true, duplicate = false, rejection = (string?)null, events };
    }

    /// <summary>
    /// Releases <paramref name="injects"/> scripted injects to every team and control, one every
    /// <paramref name="periodSeconds"/> from now (the first one period from now), ids i001, i002, …, each push
    /// carrying the wall time of its release; answers at once.
    /// </summary>
    public object StartRoom(string exerciseId, int injects, int periodSeconds)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new BareExercise());
        var started = DateTimeOffset.UtcNow;
        _ = Task.Run(async () =>
        {
            for (var k = 1; k <= injects; k++)
            {
                var due = started + TimeSpan.FromSeconds(k * periodSeconds);
                var wait = due - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var seq = Interlocked.Increment(ref exercise.Seq);
                object[] events =
                [
                    new { type = "inject-released", seq, gameTime = TimeSpan.FromMinutes(k), wallTime = DateTimeOffset.UtcNow, audience = new { all = true, teams = Array.Empty<string>(), observers = false }, injectId = $"i{k:D3}", byControl = false },
                ];
                await context.Clients.Groups(EveryGroup(exerciseId, exercise)).SendAsync("events", exerciseId, events);
            }
        });
        return new { accepted = true, started };
    }

    private static string[] EveryGroup(string exerciseId, BareExercise exercise) =>
        [.. exercise.Teams.Keys.Select(team => Team(exerciseId, team)), Control(exerciseId)];

    private static string Control(string exerciseId) => $"{exerciseId}:control";

    private static string Team(string exerciseId, string team) => $"{exerciseId}:team:{team}";
}
