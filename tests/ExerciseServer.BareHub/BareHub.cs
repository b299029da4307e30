using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.BareHub;

/// <summary>
/// A SignalR hub that does only what the exercise hub's hot path does on the wire: it puts connections in the same
/// groups (control, and one per team, for each exercise), pushes "events" of the same shape (an ad-hoc inject's
/// created and released events to every team group and to control; an acknowledgement to control) and answers
/// with an outcome of the same shape. No sign-in, no storage, no grains: the floor the real server is measured against.
/// </summary>
public sealed class BareHub : Hub
{
    private const string TeamKey = "team";
    private static readonly ConcurrentDictionary<string, Exercise> Exercises = new(StringComparer.Ordinal);

    /// <summary>Joins the exercise as a team's participant, or as control when <paramref name="team"/> is null.</summary>
    public async Task<object> Join(string exerciseId, string? team)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new Exercise());
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
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new Exercise());
        var seq = Interlocked.Add(ref exercise.Seq, 2);
        var injectId = $"adhoc-{seq / 2}";
        var now = DateTimeOffset.UtcNow;
        var audience = new { all = true, teams = Array.Empty<string>(), observers = false };
        object[] events =
        [
            new { type = "ad-hoc-inject-created", seq = seq - 1, gameTime = TimeSpan.Zero, wallTime = now, audience, injectId, to, channel, title, body, commandKey = idempotencyKey },
            new { type = "inject-released", seq, gameTime = TimeSpan.Zero, wallTime = now, audience, injectId, byControl = true, commandKey = idempotencyKey },
        ];
        foreach (var team in exercise.Teams.Keys)
        {
            await Clients.Group(Team(exerciseId, team)).SendAsync("events", exerciseId, events);
        }

        await Clients.Group(Control(exerciseId)).SendAsync("events", exerciseId, events);
        return new { accepted = true, duplicate = false, rejection = (string?)null, events };
    }

    public async Task<object> Acknowledge(string exerciseId, string injectId, string idempotencyKey)
    {
        var exercise = Exercises.GetOrAdd(exerciseId, _ => new Exercise());
        var seq = Interlocked.Increment(ref exercise.Seq);
        var team = Context.Items[TeamKey] as string;
        object[] events =
        [
            new { type = "inject-acknowledged", seq, gameTime = TimeSpan.Zero, wallTime = DateTimeOffset.UtcNow, audience = new { all = false, teams = new[] { team }, observers = true }, injectId, team, commandKey = idempotencyKey },
        ];
        await Clients.Group(Control(exerciseId)).SendAsync("events", exerciseId, events);
        return new { accepted = true, duplicate = false, rejection = (string?)null, events };
    }

    private static string Control(string exerciseId) => $"{exerciseId}:control";

    private static string Team(string exerciseId, string team) => $"{exerciseId}:team:{team}";

    private sealed class Exercise
    {
        public readonly ConcurrentDictionary<string, byte> Teams = new(StringComparer.Ordinal);
        public long Seq;
    }
}
