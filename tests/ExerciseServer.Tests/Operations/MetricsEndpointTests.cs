using System.Net;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Operations;

/// <summary>
/// <c>/metrics</c>: the Prometheus text of the framework's meters and the server's own, for control only. The
/// server's meter is process-wide, so other test classes may move the same series; every check is "moved at least by
/// what this test did". It runs alone (<see cref="SoloCollection"/>): another host stopping meanwhile can take a
/// framework series out of this host's scrape.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class MetricsEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    private async Task<PrometheusText> ScrapeAsync()
    {
        var response = await factory.CreateControlClient().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Metrics_are_refused_without_sign_in_and_to_a_participant()
    {
        var exercise = await _clients.CreateExerciseAsync();
        var cookies = await _clients.SignInAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        using var player = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() }) { BaseAddress = factory.Server.BaseAddress };

        var anonymous = await factory.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var participant = await player.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, participant.StatusCode);
    }

    [Fact]
    public async Task The_servers_own_series_move_with_play_on_the_hub()
    {
        var before = await ScrapeAsync();
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        await control.InvokeAsync<JsonElement>("Start", exercise, "start", TestContext.Current.CancellationToken);
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT2M", "jump", TestContext.Current.CancellationToken);
        await using var player = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await player.InvokeAsync<JsonElement>("Join", exercise, TestContext.Current.CancellationToken);

        var acknowledged = await player.InvokeAsync<JsonElement>("Acknowledge", exercise, "q01-signal-loss", "ack-1", TestContext.Current.CancellationToken);
        var again = await player.InvokeAsync<JsonElement>("Acknowledge", exercise, "q01-signal-loss", "ack-1", TestContext.Current.CancellationToken);
        var unknown = await player.InvokeAsync<JsonElement>("Acknowledge", exercise, "no-such-inject", "ack-2", TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<HubException>(() => player.InvokeAsync<JsonElement>("Start", exercise, "not-mine", TestContext.Current.CancellationToken));
        var page = await player.InvokeAsync<JsonElement>("CatchUp", exercise, 0L, TestContext.Current.CancellationToken);
        Assert.True(acknowledged.GetProperty("accepted").GetBoolean());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal("not-found", unknown.GetProperty("code").GetString());

        // The push to the joined player is one-way from the grain: its delay is recorded once the bridge has sent it.
        var after = await ScrapeAsync();
        // The push's delay is recorded once the bridge has sent it, an HTTP request's duration once its response ended.
        for (var i = 0; i < 50 && !(Moved(before, after, "exerciseserver_fanout_delay_seconds_count") && after.Has("http_server_request_duration_seconds_count")); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            after = await ScrapeAsync();
        }

        Assert.True(Moved(before, after, "exerciseserver_commands_total", ("type", "AcknowledgeInject"), ("outcome", "accepted")));
        Assert.True(Moved(before, after, "exerciseserver_commands_total", ("type", "AcknowledgeInject"), ("outcome", "duplicate")));
        Assert.True(Moved(before, after, "exerciseserver_commands_total", ("type", "StartExercise"), ("outcome", "accepted")));
        Assert.True(Moved(before, after, "exerciseserver_rejections_total", ("code", "not-found"), ("origin", "exercise")));
        Assert.True(Moved(before, after, "exerciseserver_rejections_total", ("code", "forbidden"), ("origin", "hub")));
        Assert.True(Moved(before, after, "exerciseserver_append_events_count"));
        Assert.True(Moved(before, after, "exerciseserver_append_duration_seconds_count"));
        Assert.True(Moved(before, after, "exerciseserver_sqlite_commit_events_count"));
        Assert.True(Moved(before, after, "exerciseserver_sqlite_commit_duration_seconds_count"));
        Assert.True(Moved(before, after, "exerciseserver_catchup_events_sum", page.GetArrayLength()));
        Assert.True(Moved(before, after, "exerciseserver_fanout_delay_seconds_count"));
        Assert.True(after.Sum("exerciseserver_exercises", ("lifecycle", "running")) >= 1);
        Assert.True(after.Sum("exerciseserver_hub_connections", ("role", "player")) >= 1);
        Assert.True(after.Sum("exerciseserver_hub_connections", ("role", "control")) >= 1);

        // The framework's meters are there beside the server's own.
        Assert.True(after.Has("http_server_request_duration_seconds_count"));
        Assert.Contains(after.Samples, s => s.Name.StartsWith("signalr_server_", StringComparison.Ordinal));
        Assert.Contains(after.Samples, s => s.Name.StartsWith("orleans_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clock_released_inject_records_its_lateness()
    {
        var before = await ScrapeAsync();
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();

        // At 60 game minutes a minute the first inject (due at 1m) is a second away: the clock's alarm releases it.
        var speed = await control.InvokeAsync<JsonElement>("SetSpeed", exercise, 60.0, "speed", TestContext.Current.CancellationToken);
        await control.InvokeAsync<JsonElement>("Start", exercise, "start", TestContext.Current.CancellationToken);
        Assert.True(speed.GetProperty("accepted").GetBoolean());

        // Lateness is recorded when the clock step runs, the command's count only once its events are durable: wait for both.
        bool BothMoved(PrometheusText now) =>
            Moved(before, now, "exerciseserver_inject_lateness_seconds_count")
            && Moved(before, now, "exerciseserver_commands_total", ("type", "AdvanceClock"), ("outcome", "accepted"));
        var after = await ScrapeAsync();
        for (var i = 0; i < 100 && !BothMoved(after); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            after = await ScrapeAsync();
        }

        Assert.True(Moved(before, after, "exerciseserver_inject_lateness_seconds_count"));
        Assert.True(Moved(before, after, "exerciseserver_commands_total", ("type", "AdvanceClock"), ("outcome", "accepted")));
    }

    private static bool Moved(PrometheusText before, PrometheusText after, string name, params (string, string)[] labels) =>
        Moved(before, after, name, 1, labels);

    private static bool Moved(PrometheusText before, PrometheusText after, string name, double by, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels) >= by;
}
