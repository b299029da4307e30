using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>
/// Three server processes form one cluster on a real redis-server; the one hosting a running exercise is killed
/// with SIGKILL, and the exercise carries on on another with its state intact.
/// </summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task A_killed_silo_does_not_stop_the_exercise_or_lose_its_state()
    {
        using var redis = await RedisServer.StartAsync();
        var cluster = new[] { $"--Cluster:Redis={redis.Configuration}", $"--Cluster:Id=test-{redis.Port}" };
        var servers = new List<ServerProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                servers.Add(await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("cluster-").FullName, [.. cluster, .. ClusterSettings.FastMembership]));
            }

            var created = await servers[0].Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "baltic-critical-infrastructure", name = "Cluster" });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await servers[1].Http.PostAsync(new Uri($"/api/exercises/{id}/start", UriKind.Relative), null);
            await servers[2].Http.PostAsJsonAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = 600 });
            await Task.Delay(TimeSpan.FromSeconds(3));

            var view = await servers[0].GetJsonAsync($"/api/exercises/{id}");
            var hostedOn = view.GetProperty("hostedOn").GetString()!;
            var before = await servers[0].EventsAsync(id);
            var victim = await FindHostAsync(servers, hostedOn);
            victim.Kill();
            servers.Remove(victim);

            // Any survivor answers with the same log, and the clock keeps running there.
            await Task.Delay(TimeSpan.FromSeconds(8));
            var after = await servers[0].EventsAsync(id);
            var seqs = after.Select(e => e.GetProperty("seq").GetInt64()).ToList();
            Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
            Assert.True(after.Count >= before.Count);
            Assert.Equal(before.Select(e => e.GetRawText()), after.Take(before.Count).Select(e => e.GetRawText()));

            var moved = await servers[1].GetJsonAsync($"/api/exercises/{id}");
            Assert.Equal("running", moved.GetProperty("lifecycle").GetString());
            Assert.NotEqual(hostedOn, moved.GetProperty("hostedOn").GetString());
            var count = after.Count;
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.True((await servers[1].EventsAsync(id)).Count > count, "the exercise did not carry on after its silo died");
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<ServerProcess> FindHostAsync(List<ServerProcess> servers, string silo)
    {
        foreach (var server in servers)
        {
            var ready = await server.GetJsonAsync("/readyz");
            if (silo.StartsWith(ready.GetProperty("silo").GetString()!.Split(':')[0] + ":" + ready.GetProperty("silo").GetString()!.Split(':')[1], StringComparison.Ordinal))
            {
                return server;
            }
        }

        throw new InvalidOperationException($"No server runs silo {silo}");
    }
}
