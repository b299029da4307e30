using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>
/// The real server process killed with SIGKILL at random moments while control keeps sending commands: after
/// each restart the log has no gap and no duplicate, every acknowledged command is in it, and the exercise runs on.
/// </summary>
public sealed class RestartTests
{
    private const int Kills = 5;

    [Fact]
    public async Task Killing_the_server_mid_exercise_loses_nothing_that_was_acknowledged()
    {
        var data = Directory.CreateTempSubdirectory("restart-").FullName;
        var random = new Random(20261128);
        var acknowledged = new List<(string Key, long FirstSeq, long LastSeq)>();
        string exerciseId;

        var server = await ServerProcess.StartAsync(data);
        try
        {
            var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "baltic-critical-infrastructure", name = "Restart" });
            exerciseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await server.Http.PostAsync(new Uri($"/api/exercises/{exerciseId}/start", UriKind.Relative), null);

            for (var kill = 1; kill <= Kills; kill++)
            {
                // The kill comes at a random moment after the round's first acknowledged command, so every round
                // kills a server that is answering commands, however slow the machine is.
                var firstAck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var stop = new CancellationTokenSource();
                var sending = SendUntilKilledAsync(server, exerciseId, kill, firstAck, stop.Token, acknowledged);
                await firstAck.Task.WaitAsync(TimeSpan.FromSeconds(60));
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 2500)));
                server.Kill();
                await stop.CancelAsync();
                await sending;

                server = await ServerProcess.StartAsync(data);
                await CheckLogAsync(server, exerciseId, acknowledged, kill);
            }

            // The test means something only if commands were really acknowledged in every round.
            Assert.All(Enumerable.Range(1, Kills), round => Assert.Contains(acknowledged, a => a.Key.StartsWith($"r{round}-", StringComparison.Ordinal)));
            TestContext.Current.SendDiagnosticMessage($"{acknowledged.Count} acknowledged commands over {Kills} kills");

            // Running on its own: new events keep coming without any command.
            var before = (await server.EventsAsync(exerciseId)).Count;
            var view = await server.GetJsonAsync($"/api/exercises/{exerciseId}");
            Assert.Equal("running", view.GetProperty("lifecycle").GetString());
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.True((await server.EventsAsync(exerciseId)).Count > before, "the exercise did not carry on after the restart");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Speed changes with idempotency keys, as fast as the server answers, until it dies.</summary>
    private static async Task SendUntilKilledAsync(ServerProcess server, string exerciseId, int round, TaskCompletionSource firstAck, CancellationToken stop, List<(string Key, long FirstSeq, long LastSeq)> acknowledged)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var key = $"r{round}-{i}";
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/exercises/{exerciseId}/speed")
            {
                Content = JsonContent.Create(new { gameMinutesPerMinute = 300 + (i % 2 * 60) }),
                Headers = { { "Idempotency-Key", key } },
            };
            try
            {
                using var response = await server.Http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (body.GetProperty("lastSeq").ValueKind == JsonValueKind.Number)
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add((key, body.GetProperty("firstSeq").GetInt64(), body.GetProperty("lastSeq").GetInt64()));
                    }

                    firstAck.TrySetResult();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or IOException)
            {
                return;
            }
        }
    }

    private static async Task CheckLogAsync(ServerProcess server, string exerciseId, List<(string Key, long FirstSeq, long LastSeq)> acknowledged, int round)
    {
        var events = await server.EventsAsync(exerciseId);
        var seqs = events.Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
        var bySeq = events.ToDictionary(e => e.GetProperty("seq").GetInt64());
        foreach (var (key, first, last) in acknowledged)
        {
            Assert.True(bySeq.ContainsKey(last), $"round {round}: acknowledged command {key} (events {first}..{last}) is not in the log of {seqs.Count}");
            var speed = Enumerable.Range((int)first, (int)(last - first + 1)).Select(s => bySeq[s])
                .SingleOrDefault(e => e.GetProperty("type").GetString() == "clock-speed-changed");
            Assert.True(speed.ValueKind == JsonValueKind.Object, $"round {round}: no speed change among events {first}..{last} of command {key}");
            Assert.Equal($"http:{key}", speed.GetProperty("commandKey").GetString());
        }
    }
}
