using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ExerciseServer.LoadTests;

/// <summary>
/// A minimal SignalR client for load runs: the hub's JSON protocol spoken directly over one WebSocket (no
/// negotiation, as the full client is configured), with the handshake, invocations and their completions, the
/// server's pushes and keep-alive pings, and nothing else. Several thousand full <c>HubConnection</c>s in one process
/// spend much of the process's CPU on a timer each (every connection checks its timeouts every second); these share
/// one ping timer, so the load generator takes less of the machine the server under test runs on.
/// </summary>
public sealed class RawHubClient : IAsyncDisposable
{
    private const byte Separator = 0x1e;
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(15);
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly ConcurrentDictionary<RawHubClient, byte> Live = new();
    private static readonly Timer PingTimer = new(_ => PingAll(), null, PingEvery, PingEvery);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _calls = new(StringComparer.Ordinal);
    private readonly Action<string, JsonElement, DateTimeOffset> _onPush;
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    private RawHubClient(Action<string, JsonElement, DateTimeOffset> onPush) => _onPush = onPush;

    /// <summary>Raised once when the server closes the connection or it fails, with the reason.</summary>
    public event Action<string>? Closed;

    public bool IsConnected => _socket.State == WebSocketState.Open;

    /// <summary>
    /// Connects to <paramref name="hubUrl"/> (http or https; the WebSocket scheme is derived) with the sign-in's
    /// <paramref name="cookies"/> and completes the protocol handshake. <paramref name="onPush"/> gets each
    /// invocation the server sends (target, arguments, this process's UTC clock when its frame arrived).
    /// </summary>
    public static async Task<RawHubClient> ConnectAsync(Uri hubUrl, CookieContainer cookies, Action<string, JsonElement, DateTimeOffset> onPush)
    {
        var client = new RawHubClient(onPush);
        client._socket.Options.Cookies = cookies;
        client._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        var ws = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        await client._socket.ConnectAsync(ws, CancellationToken.None);
        await client.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"));
        var handshake = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        client._calls["handshake"] = handshake;
        client._receiving = Task.Run(client.ReceiveAsync);
        var answer = await handshake.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"handshake refused: {error}");
        }

        Live[client] = 0;
        return client;
    }

    /// <summary>Invokes a hub method and returns its result; a hub error becomes an exception with the server's message.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params string[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = completion;
        var message = JsonSerializer.SerializeToUtf8Bytes(new Invocation(1, id, target, arguments));
        var framed = new byte[message.Length + 1];
        message.CopyTo(framed, 0);
        framed[^1] = Separator;
        await SendAsync(framed);
        return await completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        Live.TryRemove(this, out _);
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        try
        {
            await _receiving;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private static void PingAll()
    {
        foreach (var client in Live.Keys)
        {
            _ = client.SendAsync(Ping).ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        }
    }

    private async Task SendAsync(byte[] message)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var reason = "closed by the server";
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var memory = buffer.GetMemory(4096);
                var read = await _socket.ReceiveAsync(memory, _stop.Token);
                var arrived = DateTimeOffset.UtcNow;
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    reason = $"closed by the server: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    break;
                }

                buffer.Advance(read.Count);
                if (!read.EndOfMessage)
                {
                    continue;
                }

                var data = buffer.WrittenMemory;
                int end;
                while ((end = data.Span.IndexOf(Separator)) >= 0)
                {
                    Handle(data[..end], arrived);
                    data = data[(end + 1)..];
                }

                var rest = data.ToArray();
                buffer.Clear();
                buffer.Write(rest);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            reason = ex.Message;
        }

        foreach (var call in _calls.Values)
        {
            call.TrySetException(new WebSocketException(reason));
        }

        if (!_stop.IsCancellationRequested)
        {
            Closed?.Invoke(reason);
        }
    }

    private void Handle(ReadOnlyMemory<byte> message, DateTimeOffset arrived)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var typeProperty))
        {
            // The handshake answer: {} or {"error": "..."}.
            if (_calls.TryRemove("handshake", out var handshake))
            {
                handshake.TrySetResult(root.Clone());
            }

            return;
        }

        switch (typeProperty.GetInt32())
        {
            case 1 when root.TryGetProperty("target", out var target) && root.TryGetProperty("arguments", out var arguments):
                _onPush(target.GetString()!, arguments, arrived);
                break;
            case 3 when root.TryGetProperty("invocationId", out var id) && _calls.TryRemove(id.GetString()!, out var call):
                if (root.TryGetProperty("error", out var error))
                {
                    call.TrySetException(new InvalidOperationException(error.GetString()));
                }
                else
                {
                    call.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
            case 7:
                Closed?.Invoke($"the server closed the connection: {(root.TryGetProperty("error", out var closeError) ? closeError.GetString() : "no reason")}");
                break;
        }
    }

    private sealed record Invocation(
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] int Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("invocationId")] string InvocationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("target")] string Target,
        [property: System.Text.Json.Serialization.JsonPropertyName("arguments")] string[] Arguments);
}
