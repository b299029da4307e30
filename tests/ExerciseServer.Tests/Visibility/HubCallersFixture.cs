using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// One server for <see cref="HubMethodAuthorizationTests"/>: an exercise started and paused (so no command is refused
/// for the exercise's state rather than the caller's role), with both teams, an observer and an evaluator signed in,
/// and a player of another exercise. Shared by every case instead of a server per case, which is what a hundred
/// cases cost in time and memory.
/// </summary>
public sealed class HubCallersFixture : IAsyncLifetime
{
    public ServerFactory Server { get; } = new();

    public Dictionary<string, HubConnection> People { get; } = [];

    public string Exercise { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var clients = new HubClients(Server);
        Exercise = await clients.CreateExerciseAsync();
        var other = await clients.CreateExerciseAsync();
        await using (var control = await clients.ControlAsync())
        {
            await control.InvokeAsync<JsonElement>("Start", Exercise, "auth-start");
            await control.InvokeAsync<JsonElement>("Pause", Exercise, "auth-pause");
        }

        People["fi-ncsc"] = await clients.JoinAsync(await clients.IssueCodeAsync(Exercise, new { team = "fi-ncsc" }), "Aino");
        People["ee-ria"] = await clients.JoinAsync(await clients.IssueCodeAsync(Exercise, new { team = "ee-ria" }), "Kadri");
        People["observer"] = await clients.JoinAsync(await clients.IssueCodeAsync(Exercise, new { role = "observer" }), "Olli");
        People["evaluator"] = await clients.JoinAsync(await clients.IssueCodeAsync(Exercise, new { role = "evaluator" }), "Eeva");
        People["outsider"] = await clients.JoinAsync(await clients.IssueCodeAsync(other, new { team = "fi-ncsc" }), "Mallory");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in People.Values)
        {
            await hub.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
