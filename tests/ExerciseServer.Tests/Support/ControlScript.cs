using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// Control as a script on the hub: an inject to everyone about every 0.7 s, each under its own idempotency key and
/// retried with that key until the server answers it, the way a client that lost its connection must. Records the
/// keys the server said were stored and the refusals it gave.
/// </summary>
public sealed class ControlScript(HubConnection control, string exerciseId)
{
    public ConcurrentQueue<string> Accepted { get; } = new();

    public ConcurrentQueue<string> Refusals { get; } = new();

    public async Task RunAsync(CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = $"k{n}";
            while (!stop.IsCancellationRequested && !await TryAsync(key))
            {
                await Pause(TimeSpan.FromMilliseconds(500), stop);
            }

            await Pause(TimeSpan.FromMilliseconds(700), stop);
        }
    }

    /// <summary>True once the server answered the key (stored, or refused for a reason other than being unreachable).</summary>
    private async Task<bool> TryAsync(string key)
    {
        if (control.State == HubConnectionState.Disconnected)
        {
            // Automatic reconnection gave up (every node it tried was down): start again, as the browser client does.
            try
            {
                await control.StartAsync();
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or TimeoutException or InvalidOperationException)
            {
                return false;
            }
        }

        if (control.State != HubConnectionState.Connected)
        {
            return false;
        }

        try
        {
            var outcome = await control.InvokeAsync<JsonElement>("CreateInject", exerciseId, new[] { "all" }, "email", $"cluster {key}", "Status check.", key)
                .WaitAsync(TimeSpan.FromSeconds(15));
            if (outcome.GetProperty("accepted").GetBoolean())
            {
                Accepted.Enqueue(key);
                return true;
            }

            Refusals.Enqueue(outcome.GetProperty("rejection").GetString() ?? "refused");
            return true;
        }
        catch (HubException ex)
        {
            Refusals.Enqueue(ex.Message);
            return false;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            return false;
        }
    }

    private static async Task Pause(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
