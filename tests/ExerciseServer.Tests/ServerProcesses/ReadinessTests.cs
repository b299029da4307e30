using System.Net;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.ServerProcesses;

/// <summary>A cluster node's <c>/readyz</c> while its Redis is stopped and again once it is back: 503 naming Redis, then 200.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_is_503_naming_redis_while_it_is_down_and_200_once_it_is_back()
    {
        using var redis = await RedisServer.StartAsync();
        await using var node = await ServerProcess.StartAsync(
            Directory.CreateTempSubdirectory("readiness-").FullName,
            [$"--Cluster:Redis={redis.Configuration}", $"--Cluster:Id=test-{redis.Port}", .. ClusterSettings.PatientMembership]);

        redis.Stop();
        var down = await PollAsync(node, HttpStatusCode.ServiceUnavailable);
        await redis.RestartAsync();
        var back = await PollAsync(node, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        using (var problem = JsonDocument.Parse(down.Body))
        {
            Assert.Equal("Not ready", problem.RootElement.GetProperty("title").GetString());
            Assert.Contains("the cluster store (Redis) cannot be reached", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal("unhealthy", problem.RootElement.GetProperty("checks").GetProperty("store").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, back.Status);
        using var ready = JsonDocument.Parse(back.Body);
        Assert.Equal("ready", ready.RootElement.GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, string Body)> PollAsync(ServerProcess node, HttpStatusCode wanted)
    {
        (HttpStatusCode, string) last = default;
        for (var i = 0; i < 60; i++)
        {
            using var response = await node.Http.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
            last = (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (response.StatusCode == wanted)
            {
                return last;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        return last;
    }
}
