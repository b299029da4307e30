using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.LoadTests;

/// <summary>
/// The big-room run's participants: each signs in with its team's join code (the exercise server) or names its team
/// when it joins (the bare hub, which has no sign-in), connects over WebSockets without negotiation, counts every
/// release it receives and acknowledges it at once.
/// </summary>
public static class BigRoomClients
{
    /// <summary>Where a participant connects: the server with a join code, or the bare hub with a team.</summary>
    public sealed record Seat(string BaseUrl, string ExerciseId, int Index, string? JoinCode, string Team);

    /// <summary>One participant's connection, whichever client it uses.</summary>
    public sealed record Participant(IAsyncDisposable Connection, Func<bool> IsConnected);

    public static async Task<Participant> ConnectAsync(HttpClient http, Seat seat, bool raw, BigRoomResult result)
    {
        var cookies = seat.JoinCode is null ? new CookieContainer() : await JoinCodeSignIn.SignInAsync(http, seat.BaseUrl, seat.JoinCode, $"p{seat.Index}");
        string[] join = seat.JoinCode is null ? [seat.ExerciseId, seat.Team] : [seat.ExerciseId];
        return raw ? await ConnectRawAsync(seat, cookies, join, result) : await ConnectHubAsync(seat, cookies, join, result);
    }

    /// <summary>The pushes of one "events" message: each release is a receipt, acknowledged at once if it is the first.</summary>
    private static void OnEvents(JsonElement events, DateTimeOffset receivedAt, int index, BigRoomResult result, Func<string, Task> acknowledge)
    {
        foreach (var e in events.EnumerateArray())
        {
            if (e.GetProperty("type").GetString() != "inject-released")
            {
                continue;
            }

            var injectId = e.GetProperty("injectId").GetString()!;
            var latency = (receivedAt - e.GetProperty("wallTime").GetDateTimeOffset()).TotalMilliseconds;
            if (result.Receipt(index, injectId, latency) && result.Acknowledging)
            {
                _ = acknowledge(injectId);
            }
        }
    }

    private static async Task<Participant> ConnectHubAsync(Seat seat, CookieContainer cookies, string[] join, BigRoomResult result)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(seat.BaseUrl), "hubs/exercise"), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Cookies = cookies;
            })
            .Build();
        connection.On<string, JsonElement>("events", (pushedFor, events) =>
            OnEvents(events, DateTimeOffset.UtcNow, seat.Index, result, injectId =>
                AcknowledgeAsync(() => connection.InvokeAsync<JsonElement>("Acknowledge", seat.ExerciseId, injectId, $"p{seat.Index}-{injectId}"), result)));
        connection.Closed += error =>
        {
            if (!result.Closing)
            {
                result.Drop(error?.Message);
            }

            return Task.CompletedTask;
        };
        await connection.StartAsync();
        _ = await connection.InvokeCoreAsync<JsonElement>("Join", [.. join]);
        return new Participant(connection, () => connection.State == HubConnectionState.Connected);
    }

    private static async Task<Participant> ConnectRawAsync(Seat seat, CookieContainer cookies, string[] join, BigRoomResult result)
    {
        RawHubClient? client = null;
        client = await RawHubClient.ConnectAsync(new Uri(new Uri(seat.BaseUrl), "hubs/exercise"), cookies, (target, arguments, arrived) =>
        {
            if (target == "events" && arguments.GetArrayLength() > 1)
            {
                OnEvents(arguments[1], arrived, seat.Index, result, injectId =>
                    AcknowledgeAsync(() => client!.InvokeAsync("Acknowledge", seat.ExerciseId, injectId, $"p{seat.Index}-{injectId}"), result));
            }
        });
        client.Closed += reason =>
        {
            if (!result.Closing)
            {
                result.Drop(reason);
            }
        };
        _ = await client.InvokeAsync("Join", join);
        return new Participant(client, () => client.IsConnected);
    }

    private static async Task AcknowledgeAsync(Func<Task<JsonElement>> invoke, BigRoomResult result)
    {
        result.AckStarted();
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await invoke();
            result.AckDone(clock.Elapsed.TotalMilliseconds, outcome.GetProperty("accepted").GetBoolean() ? null : outcome.GetProperty("rejection").GetString() ?? "refused");
        }
        catch (Exception ex)
        {
            result.AckDone(clock.Elapsed.TotalMilliseconds, $"failed: {ex.Message}");
        }
    }
}
