using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Presence;
using ExerciseServer.Hubs;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// What an open hub connection no longer holds (issue 11, memory per connection), and that play is the same without
/// it: presence reaches control coalesced but current, the cookie is let go once the connection is made, and loggers
/// are made once per category.
/// </summary>
public sealed class ConnectionMemoryTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HubClients _clients = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Control_hears_who_is_connected_after_joins_and_leaves_in_a_burst()
    {
        var exercise = await _clients.CreateExerciseAsync();
        var code = await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" });
        await using var control = await _clients.ControlAsync();
        var pushes = new ConcurrentQueue<string[]>();
        control.On<string, JsonElement>("presence", (id, entries) =>
        {
            if (id == exercise)
            {
                pushes.Enqueue([.. entries.EnumerateArray().Select(e => e.GetProperty("name").GetString()!)]);
            }
        });
        await control.InvokeAsync<JsonElement>("Join", exercise, Cancel);

        var players = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
        {
            var connection = await _clients.JoinAsync(code, $"Player {i}");
            await connection.InvokeAsync<JsonElement>("Join", exercise, Cancel);
            return connection;
        }));
        await players[0].DisposeAsync();
        await players[1].DisposeAsync();

        string[] expected = ["API token", "Player 3", "Player 4", "Player 5", "Player 6"];
        var deadline = DateTime.UtcNow + Patience;
        while (!(pushes.LastOrDefault() is { } last && last.Order(StringComparer.Ordinal).SequenceEqual(expected)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Cancel);
        }

        Assert.Equal(expected, pushes.Last().Order(StringComparer.Ordinal));
        Assert.Equal(expected, (await control.InvokeAsync<JsonElement>("GetPresence", exercise, Cancel)).EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        foreach (var player in players.Skip(2))
        {
            await player.DisposeAsync();
        }
    }

    [Fact]
    public async Task Changes_within_the_window_make_one_push_of_the_list_as_it_is_when_it_goes_out()
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var time = new FakeTimeProvider();
        var sent = new ConcurrentQueue<(string Group, object?[] Args)>();
        var push = new PresencePush(grains, new RecordingHub(sent), time, NullLogger<PresencePush>.Instance);
        var exercise = "presence-" + Guid.NewGuid().ToString("N")[..8];
        var presence = grains.GetGrain<IExercisePresenceGrain>(exercise);

        foreach (var i in Enumerable.Range(1, 5))
        {
            await presence.Connected(new PresenceEntry($"c{i}", $"Player {i}", "player", "fi-ncsc", time.GetUtcNow()));
            push.Changed(exercise);
        }

        Assert.Empty(sent);
        time.Advance(PresencePush.Window);
        await Until(() => sent.Count == 1);
        await presence.Disconnected("c1");
        push.Changed(exercise);
        push.Changed(exercise);
        time.Advance(PresencePush.Window);
        await Until(() => sent.Count == 2);
        await Task.Delay(200, Cancel);

        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.Equal(ExerciseGroups.Control(exercise), s.Group));
        Assert.Equal([5, 4], sent.Select(s => ((IReadOnlyList<PresenceEntry>)s.Args[1]!).Count));
        Assert.Equal(exercise, sent.Last().Args[0]);
    }

    [Fact]
    public void An_open_connection_lets_go_of_the_cookie_and_keeps_its_sign_in()
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("es:role", "player")], "Cookies")) };
        http.Request.Headers.Cookie = "exerciseserver=" + new string('x', 600);
        Assert.Single(http.Request.Cookies);

        SessionHubFilter.ForgetCookie(http);

        Assert.Empty(http.Request.Headers.Cookie.ToString());
        Assert.Empty(http.Request.Cookies);
        Assert.Equal("player", http.User.FindFirstValue("es:role"));
        SessionHubFilter.ForgetCookie(null);
    }

    [Fact]
    public async Task A_signed_in_connection_keeps_working_after_the_cookie_is_let_go()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var player = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");

        var joined = await player.InvokeAsync<JsonElement>("Join", exercise, Cancel);
        var outline = await player.InvokeAsync<JsonElement>("GetOutline", exercise, Cancel);

        Assert.Equal("ee-ria", joined.GetProperty("team").GetString());
        Assert.Equal(JsonValueKind.Object, outline.ValueKind);
    }

    [Fact]
    public void Loggers_are_made_once_per_category()
    {
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.Same(loggers.CreateLogger("ExerciseServer.Tests.One"), loggers.CreateLogger("ExerciseServer.Tests.One"));
        Assert.NotSame(loggers.CreateLogger("ExerciseServer.Tests.One"), loggers.CreateLogger("ExerciseServer.Tests.Two"));
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Cancel);
        }
    }

    /// <summary>A hub context whose group sends are recorded; nothing else is used by <see cref="PresencePush"/>.</summary>
    private sealed class RecordingHub(ConcurrentQueue<(string Group, object?[] Args)> sent) : IHubContext<ExerciseHub>
    {
        public IHubClients Clients { get; } = new RecordingClients(sent);

        public IGroupManager Groups => throw new NotSupportedException();
    }

    private sealed class RecordingClients(ConcurrentQueue<(string Group, object?[] Args)> sent) : IHubClients
    {
        public IClientProxy All => throw new NotSupportedException();

        public IClientProxy Group(string groupName) => new Proxy(groupName, sent);

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Client(string connectionId) => throw new NotSupportedException();

        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();

        public IClientProxy User(string userId) => throw new NotSupportedException();

        public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();

        private sealed class Proxy(string group, ConcurrentQueue<(string Group, object?[] Args)> sent) : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
            {
                Assert.Equal("presence", method);
                sent.Enqueue((group, args));
                return Task.CompletedTask;
            }
        }
    }
}
