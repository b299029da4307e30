using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>One signed-in person (or nobody): an HTTP client, a hub connection, and the events pushed to it.</summary>
public sealed class Participant(string exerciseId, HttpClient http, HubConnection? hub)
{
    private readonly ConcurrentDictionary<long, bool> _pushed = new();

    public string ExerciseId { get; } = exerciseId;

    public HttpClient Http { get; } = http;

    public HubConnection? Hub { get; } = hub;

    public IReadOnlySet<long> Pushed => _pushed.Keys.ToHashSet();

    public void Record(JsonElement events)
    {
        foreach (var e in events.EnumerateArray())
        {
            _pushed[e.GetProperty("seq").GetInt64()] = true;
        }
    }
}
