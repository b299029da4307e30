using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Security;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Made-up bearer tokens cannot stall the server (issue 10, failure 5): with an API token stored, a flood from one
/// address gets 401s up to the limit and 429s after it, the server keeps answering, and no PBKDF2 runs for any of it.
/// </summary>
public sealed class BearerFloodTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const int Limit = 10;
    private const int Attempts = 200;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flood_of_made_up_tokens_is_answered_401_then_429_without_pbkdf2_while_healthz_answers()
    {
        // The limiter's clock stands still, so the whole flood falls in one window however slow the machine is.
        await using var server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new FailedBearerLimiter(new FakeTimeProvider(DateTimeOffset.UnixEpoch), Limit))));
        var control = server.CreateClient();
        control.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServerFactory.ApiToken);
        var created = await control.PostAsync(new Uri("/api/auth/tokens", UriKind.Relative), null, Cancel);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var credentials = server.Services.GetRequiredService<FacilitatorCredentials>();
        var pbkdf2Before = credentials.PasswordHashRuns;

        var flood = Enumerable.Range(0, Attempts).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/exercises");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"est_MADEUP{i:D4}XXXXXXXXXXXXXXXXXXXXXXXXXX");
            return await server.CreateClient().SendAsync(request, Cancel);
        }).ToList();
        var health = await server.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);
        var answers = await Task.WhenAll(flood);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(Limit, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(Attempts - Limit, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(pbkdf2Before, credentials.PasswordHashRuns);

        var throttled = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await throttled.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());

        // Anonymous endpoints still answer a throttled address, with or without a bearer header.
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        probe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "est_STILLMADEUP");
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().SendAsync(probe, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_valid_token_does_not_count_as_a_failure_and_a_password_check_is_the_only_pbkdf2()
    {
        var credentials = factory.Services.GetRequiredService<FacilitatorCredentials>();
        var control = factory.CreateControlClient();
        var before = credentials.PasswordHashRuns;

        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await control.GetAsync(new Uri("/api/exercises", UriKind.Relative), Cancel)).StatusCode);
        }

        Assert.Equal(before, credentials.PasswordHashRuns);
        var browser = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/auth/facilitator", new { password = ServerFactory.Password }, Cancel)).StatusCode);
        Assert.Equal(before + 1, credentials.PasswordHashRuns);
    }
}
