using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// On the hub, the exercise's refusals come back as outcomes with a code; the hub's own refusals start with the
/// code word; a key reused for another command is refused naming the key; catch-up past the end is empty.
/// </summary>
public sealed class HubRefusalTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    private async Task<string> StartedExerciseAsync(HubConnection control)
    {
        var id = await _clients.CreateExerciseAsync();
        await control.InvokeAsync<JsonElement>("Start", id, "start", TestContext.Current.CancellationToken);
        await control.InvokeAsync<JsonElement>("Jump", id, "PT8M", "jump", TestContext.Current.CancellationToken);
        return id;
    }

    [Fact]
    public async Task End_under_the_key_of_a_pause_is_refused_naming_the_key_and_the_exercise_stays_paused()
    {
        await using var control = await _clients.ControlAsync();
        var id = await StartedExerciseAsync(control);
        var paused = await control.InvokeAsync<JsonElement>("Pause", id, "K-7", TestContext.Current.CancellationToken);

        var end = await control.InvokeAsync<JsonElement>("End", id, "K-7", TestContext.Current.CancellationToken);
        var retry = await control.InvokeAsync<JsonElement>("Pause", id, "K-7", TestContext.Current.CancellationToken);

        Assert.True(paused.GetProperty("accepted").GetBoolean());
        Assert.False(end.GetProperty("accepted").GetBoolean());
        Assert.Equal("conflict", end.GetProperty("code").GetString());
        Assert.True(end.GetProperty("keyReused").GetBoolean());
        Assert.Contains("K-7", end.GetProperty("rejection").GetString(), StringComparison.Ordinal);
        Assert.True(retry.GetProperty("duplicate").GetBoolean());
        var view = await factory.CreateControlClient().GetFromJsonAsync<JsonElement>($"/api/exercises/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("paused", view.GetProperty("lifecycle").GetString());
    }

    [Fact]
    public async Task A_team_key_reused_for_another_command_is_refused_naming_the_key()
    {
        await using var control = await _clients.ControlAsync();
        var id = await StartedExerciseAsync(control);
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(id, new { team = "fi-ncsc" }), "Aino");

        var answered = await finland.InvokeAsync<JsonElement>("Respond", id, "q01-signal-loss", "On it.", "t-1", TestContext.Current.CancellationToken);
        var decided = await finland.InvokeAsync<JsonElement>("Decide", id, "reroute", "reroute-now", "t-1", TestContext.Current.CancellationToken);

        Assert.True(answered.GetProperty("accepted").GetBoolean());
        Assert.Equal(("conflict", true), (decided.GetProperty("code").GetString(), decided.GetProperty("keyReused").GetBoolean()));
        Assert.Contains("t-1", decided.GetProperty("rejection").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_the_exercise_refuses_comes_back_with_its_code()
    {
        await using var control = await _clients.ControlAsync();
        var id = await _clients.CreateExerciseAsync();

        var pause = await control.InvokeAsync<JsonElement>("Pause", id, "p", TestContext.Current.CancellationToken);
        var release = await control.InvokeAsync<JsonElement>("ReleaseInject", "ex-nobody", "q01-signal-loss", "r", TestContext.Current.CancellationToken);

        Assert.Equal("conflict", pause.GetProperty("code").GetString());
        Assert.Equal("not-found", release.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_hubs_own_refusals_start_with_the_code_word()
    {
        await using var control = await _clients.ControlAsync();
        var id = await StartedExerciseAsync(control);
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(id, new { team = "fi-ncsc" }), "Aino");

        var role = await Assert.ThrowsAsync<HubException>(() => finland.InvokeAsync<JsonElement>("Pause", id, "k", TestContext.Current.CancellationToken));
        var key = await Assert.ThrowsAsync<HubException>(() => control.InvokeAsync<JsonElement>("Pause", id, "", TestContext.Current.CancellationToken));
        var jump = await Assert.ThrowsAsync<HubException>(() => control.InvokeAsync<JsonElement>("Jump", id, "soon", "k", TestContext.Current.CancellationToken));

        Assert.Contains("HubException: forbidden: the player role may not do this", role.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: invalid: every command needs an idempotency key", key.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: invalid: jump to 'next'", jump.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(68_719_476_736L)]
    [InlineData(long.MaxValue)]
    public async Task Catch_up_after_the_end_of_the_log_is_empty(long after)
    {
        await using var control = await _clients.ControlAsync();
        var id = await StartedExerciseAsync(control);

        var events = await control.InvokeAsync<JsonElement[]>("CatchUp", id, after, TestContext.Current.CancellationToken);

        Assert.Empty(events);
    }
}
