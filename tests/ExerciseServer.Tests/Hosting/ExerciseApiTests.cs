using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Hosting;

/// <summary>The HTTP API in the shape scripts rely on.</summary>
public sealed class ExerciseApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateControlClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> CreateAsync(string scenario = "quickstart")
    {
        var response = await _client.PostAsJsonAsync("/api/exercises", new { scenarioId = scenario, name = "API test" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
        Assert.Equal($"/api/exercises/{id}", response.Headers.Location?.ToString());
        return id;
    }

    [Fact]
    public async Task Create_start_jump_and_read_the_log_as_json_lines()
    {
        var id = await CreateAsync();

        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync(new Uri($"/api/exercises/{id}/start", UriKind.Relative), null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "next" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "PT8M" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsJsonAsync($"/api/exercises/{id}/speed", new { gameMinutesPerMinute = 60 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync(new Uri($"/api/exercises/{id}/pause", UriKind.Relative), null, Cancel)).StatusCode);

        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/exercises/{id}", Cancel);
        Assert.Equal("paused", view.GetProperty("lifecycle").GetString());
        Assert.Contains(view.GetProperty("injects").EnumerateArray(), i => i.GetProperty("id").GetString() == "q03-reroute" && i.GetProperty("status").GetString() == "released");

        var response = await _client.GetAsync(new Uri($"/api/exercises/{id}/events?after=2", UriKind.Relative), Cancel);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var seqs = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(3, seqs.Count).Select(i => (long)i), seqs);
        Assert.Contains(lines, l => l.Contains("\"type\":\"inject-released\"", StringComparison.Ordinal));

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/exercises", Cancel);
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("id").GetString() == id && e.GetProperty("lifecycle").GetString() == "paused");
    }

    [Fact]
    public async Task The_same_idempotency_key_starts_an_exercise_once()
    {
        var id = await CreateAsync();
        using var first = new HttpRequestMessage(HttpMethod.Post, $"/api/exercises/{id}/start") { Headers = { { "Idempotency-Key", "start-1" } } };
        using var second = new HttpRequestMessage(HttpMethod.Post, $"/api/exercises/{id}/start") { Headers = { { "Idempotency-Key", "start-1" } } };

        var a = await (await _client.SendAsync(first, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var b = await (await _client.SendAsync(second, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.False(a.GetProperty("duplicate").GetBoolean());
        Assert.True(b.GetProperty("duplicate").GetBoolean());
    }

    [Theory]
    [InlineData("POST", "/api/exercises", "{}", 400)]
    [InlineData("POST", "/api/exercises", "{\"scenarioId\":\"quikstart\"}", 404)]
    [InlineData("POST", "/api/exercises", "not json", 400)]
    [InlineData("GET", "/api/exercises/ex-nothing", null, 404)]
    [InlineData("POST", "/api/exercises/ex-nothing/start", null, 404)]
    [InlineData("GET", "/api/exercises/ex-nothing/events?after=-1", null, 400)]
    public async Task Malformed_requests_get_a_4xx_with_problem_details(string method, string path, string? body, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_rejected_command_is_a_conflict_that_names_the_reason()
    {
        var id = await CreateAsync();

        var response = await _client.PostAsync(new Uri($"/api/exercises/{id}/pause", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("it can pause only when running", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_is_described_with_openapi()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancel);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/exercises/{id}/events", out _));
    }
}
