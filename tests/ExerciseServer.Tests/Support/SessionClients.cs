using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// Browsers as cookie jars against the in-memory server: sign in, copy a cookie the way a thief would, call the
/// API and open hub connections with it, and notice when the server closes a connection.
/// </summary>
public sealed class SessionClients(ServerFactory factory)
{
    /// <summary>A browser that has joined with a code and a name.</summary>
    public async Task<CookieContainer> JoinAsync(string code, string name)
    {
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);
        (await browser.PostAsJsonAsync("/api/auth/join", new { code, name })).EnsureSuccessStatusCode();
        return cookies;
    }

    /// <summary>A browser signed in as the facilitator with the password (the test servers' own unless given).</summary>
    public async Task<CookieContainer> SignInFacilitatorAsync(string? password = null)
    {
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);
        (await browser.PostAsJsonAsync("/api/auth/facilitator", new { password = password ?? ServerFactory.Password })).EnsureSuccessStatusCode();
        return cookies;
    }

    public HttpClient Browser(CookieContainer cookies) =>
        new(new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() }) { BaseAddress = factory.Server.BaseAddress };

    public async Task<HttpStatusCode> MeAsync(CookieContainer cookies)
    {
        using var browser = Browser(cookies);
        return (await browser.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode;
    }

    /// <summary>A hub connection (not started) that sends these cookies.</summary>
    public HubConnection Hub(CookieContainer cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/exercise"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() };
            })
            .Build();

    /// <summary>A started hub connection that has joined the exercise, and a task that completes when the server closes it.</summary>
    public async Task<(HubConnection Connection, Task Closed)> JoinHubAsync(CookieContainer cookies, string exerciseId)
    {
        var connection = Hub(cookies);
        var closed = Closing(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Join", exerciseId);
        return (connection, closed);
    }

    /// <summary>Completes when the connection is closed (by the server: the client never stops it before).</summary>
    public static Task Closing(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    /// <summary>The same cookies in a new jar: what someone who copied the cookie would send.</summary>
    public static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }
}
