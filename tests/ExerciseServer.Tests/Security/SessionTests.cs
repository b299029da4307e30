using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using ExerciseServer.Grains.Sessions;
using ExerciseServer.Hubs;
using ExerciseServer.Security;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Sessions end on the server (issue 10, failure 4): revoking a code, signing out and control ending one
/// participant's session each stop the cookie on the next HTTP call and the next hub call, and close the open hub
/// connections of that session or code.
/// </summary>
public sealed class SessionTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HubClients _hubs = new(factory);
    private readonly SessionClients _sessions = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revoking_a_code_ends_its_sessions_on_http_and_on_the_hub_and_closes_its_connections()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var code = await _hubs.IssueCodeAsync(exercise, new { team = "fi-ncsc" });
        var aino = await _sessions.JoinAsync(code, "Aino");
        var copied = SessionClients.Copy(aino);
        var (connection, closed) = await _sessions.JoinHubAsync(aino, exercise);
        await using var _ = connection;
        Assert.Equal(HttpStatusCode.OK, await _sessions.MeAsync(copied));

        var revoke = await factory.CreateControlClient().PostAsJsonAsync($"/api/exercises/{exercise}/codes/revoke", new { code }, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await closed.WaitAsync(Patience, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(aino));
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(copied));
        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync<JsonElement>("Respond", exercise, "q01-signal-loss", "still here", "k1", Cancel));
        await using var again = _sessions.Hub(copied);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync(Cancel));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("Join")]
    [InlineData("Respond")]
    [InlineData("SendMessage")]
    public async Task A_hub_call_of_an_ended_session_or_revoked_code_is_refused_with_the_reason(string method)
    {
        var revocations = factory.Services.GetRequiredService<SessionRevocations>();
        var filter = factory.Services.GetRequiredService<SessionHubFilter>();
        var endedSession = SessionRevocations.NewSessionId();
        var revokedCode = "jc-test-" + Guid.NewGuid().ToString("N")[..8];
        await revocations.RevokeSessionAsync(endedSession);
        await revocations.RevokeCodeAsync(revokedCode);
        var ran = 0;

        ValueTask<object?> Call(CallerContext caller) => filter.InvokeMethodAsync(
            new HubInvocationContext(caller, factory.Services, new NoHub(), typeof(ExerciseHub).GetMethod(method)!, []),
            _ => ValueTask.FromResult<object?>(++ran));

        var session = await Assert.ThrowsAsync<HubException>(async () => await Call(new CallerContext(endedSession, null)));
        var code = await Assert.ThrowsAsync<HubException>(async () => await Call(new CallerContext(SessionRevocations.NewSessionId(), revokedCode)));
        var live = await Call(new CallerContext(SessionRevocations.NewSessionId(), "jc-live"));

        Assert.Contains("session has ended", session.Message, StringComparison.Ordinal);
        Assert.Contains("join code of this session was revoked", code.Message, StringComparison.Ordinal);
        Assert.Equal(1, live);
        Assert.Equal(1, ran);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_is_refused_on_http_and_hub()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var facilitator = await _sessions.SignInFacilitatorAsync();
        var copied = SessionClients.Copy(facilitator);
        var (connection, closed) = await _sessions.JoinHubAsync(copied, exercise);
        await using var _ = connection;
        using var browser = _sessions.Browser(facilitator);

        var signedOut = await browser.PostAsync(new Uri("/api/auth/signout", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        await closed.WaitAsync(Patience, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(copied));
        using var thief = _sessions.Browser(copied);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(new Uri("/api/exercises", UriKind.Relative), Cancel)).StatusCode);
        await using var again = _sessions.Hub(copied);
        await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync(Cancel));
    }

    [Fact]
    public async Task Control_ends_one_participants_session_and_only_that_one()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var code = await _hubs.IssueCodeAsync(exercise, new { team = "fi-ncsc" });
        var aino = await _sessions.JoinAsync(code, "Aino");
        var bert = await _sessions.JoinAsync(code, "Bert");
        var (ainoHub, ainoClosed) = await _sessions.JoinHubAsync(aino, exercise);
        var (bertHub, bertClosed) = await _sessions.JoinHubAsync(bert, exercise);
        await using var _ = ainoHub;
        await using var __ = bertHub;
        await using var control = await _hubs.ControlAsync();
        var presence = await control.InvokeAsync<JsonElement>("GetPresence", exercise, Cancel);
        var session = presence.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Aino").GetProperty("session").GetString()!;

        var unknown = await factory.CreateControlClient().PostAsync(new Uri($"/api/exercises/{exercise}/sessions/s-nobody/end", UriKind.Relative), null, Cancel);
        var ended = await factory.CreateControlClient().PostAsync(new Uri($"/api/exercises/{exercise}/sessions/{session}/end", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        await ainoClosed.WaitAsync(Patience, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(aino));
        Assert.Equal(HttpStatusCode.OK, await _sessions.MeAsync(bert));
        await bertHub.InvokeAsync<JsonElement>("GetOutline", exercise, Cancel);
        Assert.False(bertClosed.IsCompleted);
    }

    [Fact]
    public async Task A_code_revoked_on_another_node_closes_this_nodes_connections_when_its_copy_refreshes()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var code = await _hubs.IssueCodeAsync(exercise, new { role = "observer" });
        var olli = await _sessions.JoinAsync(code, "Olli");
        var (connection, closed) = await _sessions.JoinHubAsync(olli, exercise);
        await using var _ = connection;
        var listed = await factory.CreateControlClient().GetFromJsonAsync<JsonElement>($"/api/exercises/{exercise}/codes", Cancel);
        var codeId = listed.EnumerateArray().Single().GetProperty("id").GetString()!;

        // Straight into the shared set, as another node would: this node learns it only from its refresh.
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionRevocationGrain>(0)
            .RevokeCode(codeId, DateTimeOffset.UtcNow.AddHours(1));

        await closed.WaitAsync(Patience, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(olli));
    }

    [Fact]
    public async Task A_session_past_its_lifetime_or_claiming_a_longer_one_is_refused()
    {
        var revocations = factory.Services.GetRequiredService<SessionRevocations>();
        static ClaimsPrincipal Session(DateTimeOffset expires) => new(new ClaimsIdentity(
            [new(ExerciseClaims.Session, SessionRevocations.NewSessionId()), new(ExerciseClaims.Expires, expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
        var now = DateTimeOffset.UtcNow;

        Assert.Null(await revocations.RefusalAsync(Session(now.AddHours(1))));
        Assert.Contains("reached its end", await revocations.RefusalAsync(Session(now.AddMinutes(-1))), StringComparison.Ordinal);
        Assert.Contains("reached its end", await revocations.RefusalAsync(Session(now + revocations.Lifetime + TimeSpan.FromHours(1))), StringComparison.Ordinal);
        Assert.Contains("carries no session", await revocations.RefusalAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ExerciseClaims.Role, "control")], "test"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_may_not_end_sessions()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var aino = await _sessions.JoinAsync(await _hubs.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        using var browser = _sessions.Browser(aino);

        var response = await browser.PostAsync(new Uri($"/api/exercises/{exercise}/sessions/s-any/end", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reissuing_a_code_ends_the_old_codes_sessions_and_gives_a_new_code_for_the_same_team()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var control = factory.CreateControlClient();
        var issued = await (await control.PostAsJsonAsync($"/api/exercises/{exercise}/codes", new { team = "ee-ria" }, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var oldCode = issued.GetProperty("code").GetString()!;
        var kadri = await _sessions.JoinAsync(oldCode, "Kadri");

        var reissue = await control.PostAsync(new Uri($"/api/exercises/{exercise}/codes/{issued.GetProperty("id").GetString()}/reissue", UriKind.Relative), null, Cancel);
        var fresh = await reissue.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, reissue.StatusCode);
        Assert.Equal("ee-ria", fresh.GetProperty("team").GetString());
        Assert.NotEqual(oldCode, fresh.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await _sessions.MeAsync(kadri));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _sessions.Browser(new CookieContainer()).PostAsJsonAsync("/api/auth/join", new { code = oldCode, name = "Kadri" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await _sessions.MeAsync(await _sessions.JoinAsync(fresh.GetProperty("code").GetString()!, "Kadri")));
        var listed = await control.GetFromJsonAsync<JsonElement>($"/api/exercises/{exercise}/codes", Cancel);
        Assert.Equal([true, false], listed.EnumerateArray().Select(c => c.GetProperty("revoked").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await control.PostAsync(new Uri($"/api/exercises/{exercise}/codes/jc-none/reissue", UriKind.Relative), null, Cancel)).StatusCode);
    }

    /// <summary>A hub caller with a session and, for participants, the id of the code they joined with.</summary>
    private sealed class CallerContext(string session, string? code) : HubCallerContext
    {
        public override string ConnectionId { get; } = Guid.NewGuid().ToString("N");

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal? User { get; } = new(new ClaimsIdentity(
            [new(ExerciseClaims.Role, ExerciseClaims.Player), new(ExerciseClaims.Session, session), .. code is null ? Array.Empty<Claim>() : [new Claim(ExerciseClaims.Code, code)]],
            "test"));

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }

    private sealed class NoHub : Hub;
}
