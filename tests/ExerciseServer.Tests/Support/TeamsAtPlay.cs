using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// Every team of an exercise on a real server process, playing as people would: each signs in with its own join
/// code, acknowledges and answers the injects released to it and messages another team, at the pace the hub's
/// per-sign-in budget allows (10 calls a second). Gives the console a log the size of a real exercise's.
/// </summary>
public static class TeamsAtPlay
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(110);

    /// <summary>Plays every team at once; returns how many commands the server accepted.</summary>
    public static async Task<int> PlayAsync(ServerProcess server, string exerciseId, int messagesPerTeam)
    {
        var view = await server.GetJsonAsync($"/api/exercises/{exerciseId}");
        // Every team receives something in the flagship (some injects go to all), so the recipients name them all.
        var teams = view.GetProperty("injects").EnumerateArray().SelectMany(i => i.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!)).Distinct().Order().ToList();
        var released = view.GetProperty("injects").EnumerateArray()
            .Where(i => i.GetProperty("status").GetString()!.Equals("released", StringComparison.OrdinalIgnoreCase))
            .Select(i => (Id: i.GetProperty("id").GetString()!, Recipients: i.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToArray()))
            .ToList();
        var counts = await Task.WhenAll(teams.Select((team, n) => PlayTeamAsync(server, exerciseId, team, teams[(n + 1) % teams.Count], released.Where(i => i.Recipients.Contains(team)).Select(i => i.Id).ToList(), messagesPerTeam)));
        return counts.Sum();
    }

    private static async Task<int> PlayTeamAsync(ServerProcess server, string exerciseId, string team, string neighbour, List<string> injects, int messages)
    {
        var issued = await server.Http.PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", new { team });
        issued.EnsureSuccessStatusCode();
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var cookies = new CookieContainer();
        using (var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.Http.BaseAddress })
        {
            (await http.PostAsJsonAsync("/api/auth/join", new { code, name = $"Duty officer {team}" })).EnsureSuccessStatusCode();
        }

        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Http.BaseAddress!, "hubs/exercise"), options =>
            {
                options.Cookies = cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        await hub.StartAsync();
        await hub.InvokeAsync<JsonElement>("Join", exerciseId);
        var accepted = 0;
        async Task Call(string method, params object[] args)
        {
            var outcome = await hub.InvokeCoreAsync<JsonElement>(method, [exerciseId, .. args, Guid.NewGuid().ToString()]);
            accepted += outcome.GetProperty("accepted").GetBoolean() ? 1 : 0;
            await Task.Delay(Pace);
        }

        foreach (var inject in injects)
        {
            await Call("Acknowledge", inject);
            await Call("Respond", inject, $"{team}: received {inject}; our duty officer is on it and reports back within the hour.");
        }

        for (var m = 1; m <= messages; m++)
        {
            await Call("SendMessage", neighbour, $"{team} to {neighbour}, update {m}: what do you see on your side?");
        }

        return accepted;
    }
}
