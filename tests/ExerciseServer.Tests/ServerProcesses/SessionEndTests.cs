using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>
/// Ending sessions in the real server process, over real sockets: revoking a code closes its participant's open
/// WebSocket and the old cookie cannot reconnect; signing out makes a copied cookie useless.
/// </summary>
public sealed class SessionEndTests
{
    private const string Password = "process test facilitator password";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Revoked_codes_and_signed_out_cookies_are_refused_by_the_running_server()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("sessions-").FullName, $"--Facilitator:Password={Password}");
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" });
        var exercise = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var issued = await server.Http.PostAsJsonAsync($"/api/exercises/{exercise}/codes", new { team = "fi-ncsc" });
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        // A participant with an open hub connection; its code is revoked.
        var participant = new CookieContainer();
        Assert.Equal(HttpStatusCode.OK, (await Browser(server, participant).PostAsJsonAsync("/api/auth/join", new { code, name = "Aino" })).StatusCode);
        await using var connection = Hub(server, participant);
        var closed = SessionClients.Closing(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Join", exercise);

        var revoked = await server.Http.PostAsJsonAsync($"/api/exercises/{exercise}/codes/revoke", new { code });

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await closed.WaitAsync(Patience);
        await using var reconnect = Hub(server, participant);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => reconnect.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser(server, participant).GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);

        // The facilitator signs out; someone kept a copy of the cookie.
        var facilitator = new CookieContainer();
        Assert.Equal(HttpStatusCode.OK, (await Browser(server, facilitator).PostAsJsonAsync("/api/auth/facilitator", new { password = Password })).StatusCode);
        var copied = SessionClients.Copy(facilitator);
        Assert.Equal(HttpStatusCode.OK, (await Browser(server, copied).GetAsync(new Uri("/api/exercises", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Browser(server, facilitator).PostAsync(new Uri("/api/auth/signout", UriKind.Relative), null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser(server, copied).GetAsync(new Uri("/api/exercises", UriKind.Relative))).StatusCode);
        await using var stolen = Hub(server, copied);
        await Assert.ThrowsAsync<HttpRequestException>(() => stolen.StartAsync());
    }

    private static HttpClient Browser(ServerProcess server, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.Http.BaseAddress };

    /// <summary>A WebSocket hub connection that sends the cookies, as a browser does.</summary>
    private static HubConnection Hub(ServerProcess server, CookieContainer cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.Http.BaseAddress!, "hubs/exercise"), options => options.Cookies = cookies)
            .Build();
}
