using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Hosting;

/// <summary>
/// A refused control command answers with the status its rejection code maps to, as problem details with the code;
/// an Idempotency-Key is bound to the command first sent with it.
/// </summary>
public sealed class CommandStatusTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateControlClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> CreateAsync()
    {
        var response = await _client.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" }, Cancel);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await _client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    [Fact]
    public async Task An_unknown_exercise_is_404_not_found()
    {
        var problem = await ProblemAsync(await PostAsync("/api/exercises/ex-nobody/pause"), 404);

        Assert.Equal("not-found", problem.GetProperty("code").GetString());
        Assert.Contains("there is no exercise 'ex-nobody'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_the_lifecycle_does_not_allow_is_409_conflict()
    {
        var id = await CreateAsync();

        var problem = await ProblemAsync(await PostAsync($"/api/exercises/{id}/resume"), 409);

        Assert.Equal("conflict", problem.GetProperty("code").GetString());
        Assert.Contains("it can resume only when paused", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(20_000.0)]
    public async Task A_speed_out_of_range_is_400_invalid(double speed)
    {
        var id = await CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/exercises/{id}/start")).StatusCode);

        var problem = await ProblemAsync(await PostAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = speed }), 400);

        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Contains("between 0.01 and 10000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_under_the_key_of_a_pause_is_422_and_the_exercise_stays_paused()
    {
        var id = await CreateAsync();
        await PostAsync($"/api/exercises/{id}/start");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/exercises/{id}/pause", key: "K")).StatusCode);

        var problem = await ProblemAsync(await PostAsync($"/api/exercises/{id}/end", key: "K"), 422);

        Assert.Equal("conflict", problem.GetProperty("code").GetString());
        Assert.Contains("'http:K'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("pause-exercise", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/exercises/{id}", Cancel);
        Assert.Equal("paused", view.GetProperty("lifecycle").GetString());
    }

    [Fact]
    public async Task The_same_command_under_the_same_key_is_a_duplicate()
    {
        var id = await CreateAsync();
        await PostAsync($"/api/exercises/{id}/start");
        await PostAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = 5 }, key: "S");

        var again = await PostAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = 5 }, key: "S");
        var other = await PostAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = 6 }, key: "S");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("duplicate").GetBoolean());
        await ProblemAsync(other, 422);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("68719476736")]
    public async Task Events_after_the_end_of_the_log_are_an_empty_answer(string after)
    {
        var id = await CreateAsync();
        await PostAsync($"/api/exercises/{id}/start");

        var response = await _client.GetAsync(new Uri($"/api/exercises/{id}/events?after={after}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Cancel));
    }
}
