using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Support;

/// <summary>Signed-in .NET SignalR clients against the in-memory server, and exercises to play with.</summary>
public sealed class HubClients(ServerFactory factory)
{
    public async Task<string> CreateExerciseAsync(string scenario = "quickstart")
    {
        var created = await factory.CreateControlClient().PostAsJsonAsync("/api/exercises", new { scenarioId = scenario });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<string> IssueCodeAsync(string exerciseId, object body)
    {
        var response = await factory.CreateControlClient().PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", body);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    /// <summary>A hub connection signed in as control with the API token.</summary>
    public Task<HubConnection> ControlAsync() =>
        StartAsync(Build(null, options => options.AccessTokenProvider = () => Task.FromResult<string?>(ServerFactory.ApiToken)));

    /// <summary>A hub connection signed in with a join code (player, observer or evaluator), through a cookie.</summary>
    public async Task<HubConnection> JoinAsync(string code, string name) => await StartAsync(Build(await SignInAsync(code, name), _ => { }));

    /// <summary>One sign-in with a join code: its cookie, for as many connections as a test opens with it.</summary>
    public async Task<CookieContainer> SignInAsync(string code, string name)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() }) { BaseAddress = factory.Server.BaseAddress };
        var joined = await http.PostAsJsonAsync("/api/auth/join", new { code, name });
        joined.EnsureSuccessStatusCode();
        return cookies;
    }

    /// <summary>Another hub connection of the sign-in whose cookie this is; started by the caller.</summary>
    public HubConnection Connection(CookieContainer cookies) => Build(cookies, _ => { });

    /// <summary>A connection with no sign-in at all.</summary>
    public HubConnection Anonymous() => Build(null, _ => { });

    private HubConnection Build(CookieContainer? cookies, Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/exercise"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => cookies is null
                    ? factory.Server.CreateHandler()
                    : new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() };
                configure(options);
            })
            .Build();

    private static async Task<HubConnection> StartAsync(HubConnection connection)
    {
        await connection.StartAsync();
        return connection;
    }
}
