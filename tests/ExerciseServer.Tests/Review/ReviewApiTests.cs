using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Review;

/// <summary>The review, replay and report endpoints over a scripted exercise played through the hub.</summary>
public sealed class ReviewApiTests(PlayedExerciseFixture played) : IClassFixture<PlayedExerciseFixture>
{
    private string Exercise => played.ExerciseId;

    [Fact]
    public async Task Replay_at_three_chosen_moments_equals_the_live_state_recorded_then()
    {
        Assert.Equal(3, played.Moments.Count);
        Assert.Equal(3, played.Moments.Select(m => m.Seq).Distinct().Count());

        foreach (var (moment, seq, live) in played.Moments)
        {
            var replayed = await played.Control().GetStringAsync($"/api/exercises/{Exercise}/replay?seq={seq}");

            Assert.True(live == replayed, $"replay differs {moment}:\nlive:     {live}\nreplayed: {replayed}");
        }
    }

    [Fact]
    public async Task Replay_by_game_time_shows_the_exercise_as_it_was_then()
    {
        var atThree = await played.Control().GetFromJsonAsync<JsonElement>($"/api/exercises/{Exercise}/replay?at=3m");
        var atNine = await played.Control().GetFromJsonAsync<JsonElement>($"/api/exercises/{Exercise}/replay?at=00:09:00");

        Assert.Equal("paused", atThree.GetProperty("lifecycle").GetString());
        // Only Finland had acknowledged; the inject counts as acknowledged once every recipient has.
        Assert.Equal("released", Inject(atThree, "q01-signal-loss").GetProperty("status").GetString());
        Assert.Equal(["fi-ncsc"], Inject(atThree, "q01-signal-loss").GetProperty("acknowledgedBy").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("pending", Action(atThree, "q01-ee-notify"));
        Assert.Equal("missed", Action(atNine, "q01-ee-notify"));
        Assert.Equal("met", Action(atNine, "q01-fi-notify"));
    }

    [Fact]
    public async Task The_review_reports_the_scripted_response_times_judgements_and_ratings()
    {
        var review = await played.Control().GetFromJsonAsync<JsonElement>($"/api/exercises/{Exercise}/review");

        var finland = Inject(review, "q01-signal-loss").GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("team").GetString() == "fi-ncsc");
        Assert.Equal(("00:01:00", "00:03:00"), (finland.GetProperty("acknowledgeTime").GetString(), finland.GetProperty("responseTime").GetString()));
        var actions = review.GetProperty("expectedActions").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(("met", "00:03:00"), (actions["q01-fi-notify"].GetProperty("status").GetString(), actions["q01-fi-notify"].GetProperty("timeTaken").GetString()));
        Assert.Equal(("missed", "00:06:00", "U"), (actions["q01-ee-notify"].GetProperty("status").GetString(), actions["q01-ee-notify"].GetProperty("judgedAt").GetString(), actions["q01-ee-notify"].GetProperty("rating").GetProperty("rating").GetString()));
        var objective = review.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "share-information");
        Assert.Equal(("M", "evaluator: Eeva"), (objective.GetProperty("rating").GetProperty("rating").GetString(), objective.GetProperty("rating").GetProperty("by").GetString()));
        Assert.Equal("reroute-now", review.GetProperty("decisions")[0].GetProperty("optionId").GetString());
        Assert.Equal(2, review.GetProperty("findings").GetArrayLength());
        Assert.Equal(("F2", "2027-03-31"), (review.GetProperty("improvementPlan")[0].GetProperty("findingId").GetString(), review.GetProperty("improvementPlan")[0].GetProperty("due").GetString()));
        var hotWash = review.GetProperty("hotWash").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "hw-first-call");
        Assert.Equal("About three minutes, through the chat.", hotWash.GetProperty("answers")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_exports_come_with_their_content_type_and_file_name()
    {
        var control = played.Control();

        var html = await control.GetAsync($"/api/exercises/{Exercise}/report?format=html");
        var csv = await control.GetAsync($"/api/exercises/{Exercise}/report?format=csv");
        var markdown = await control.GetAsync($"/api/exercises/{Exercise}/report?format=md");
        var json = await control.GetAsync($"/api/exercises/{Exercise}/report?format=json");

        Assert.Equal(("text/html", "inline"), (html.Content.Headers.ContentType!.MediaType, html.Content.Headers.ContentDisposition!.DispositionType));
        Assert.Contains("<svg", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("text/csv", $"{Exercise}-msel.csv"), (csv.Content.Headers.ContentType!.MediaType, csv.Content.Headers.ContentDisposition!.FileName?.Trim('"')));
        Assert.StartsWith("number,story time,game time,from,to,channel,subject,expected action,response,response time", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Operator reports a fault 38 km out", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lines = (await json.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lastSeq = (await control.GetFromJsonAsync<JsonElement>($"/api/exercises/{Exercise}")).GetProperty("lastSeq").GetInt64();
        Assert.Equal(Enumerable.Range(1, (int)lastSeq).Select(i => (long)i), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task Evaluators_of_the_exercise_may_read_the_review_and_participants_may_not()
    {
        var evaluator = await played.SignedInAsync(played.EvaluatorCode, "Eeva");
        var participant = await played.SignedInAsync(played.FinlandCode, "Aino");
        var stranger = played.Server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"/api/exercises/{Exercise}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"/api/exercises/{Exercise}/replay?seq=3")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.GetAsync("/api/exercises/ex-other/review")).StatusCode);
        foreach (var path in new[] { "review", "snapshot", "replay?seq=1", "report?format=csv" })
        {
            var refused = await participant.GetAsync($"/api/exercises/{Exercise}/{path}");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync($"/api/exercises/{Exercise}/{path}")).StatusCode);
        }
    }

    [Fact]
    public async Task Until_the_end_observers_see_only_released_injects_in_the_review()
    {
        var clients = new HubClients(played.Server);
        var running = await clients.CreateExerciseAsync();
        var observer = await played.SignedInAsync(await clients.IssueCodeAsync(running, new { role = "observer" }), "Olli");
        var control = played.Control();
        await control.PostAsync($"/api/exercises/{running}/start", null);
        await control.PostAsJsonAsync($"/api/exercises/{running}/jump", new { to = "PT2M" });

        var seenByObserver = await observer.GetFromJsonAsync<JsonElement>($"/api/exercises/{running}/review");
        var seenByControl = await control.GetFromJsonAsync<JsonElement>($"/api/exercises/{running}/review");
        var snapshot = await observer.GetFromJsonAsync<JsonElement>($"/api/exercises/{running}/snapshot");

        Assert.Equal(["q01-signal-loss"], seenByObserver.GetProperty("injects").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["q01-signal-loss"], snapshot.GetProperty("injects").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(6, seenByControl.GetProperty("injects").GetArrayLength());
        await control.PostAsync($"/api/exercises/{running}/end", null);
        Assert.Equal(6, (await observer.GetFromJsonAsync<JsonElement>($"/api/exercises/{running}/review")).GetProperty("injects").GetArrayLength());
    }

    [Theory]
    [InlineData("report?format=pdf", 400, "'pdf' is not a report format; use one of md, html, json, csv.")]
    [InlineData("replay?seq=-1", 400, "'seq' must be 0 or more.")]
    [InlineData("replay?seq=1&at=1m", 400, "Give either 'seq' or 'at', not both.")]
    [InlineData("replay?at=soon", 400, "'soon' is not a game time; write it as 1h30m, PT90M or 01:30:00.")]
    [InlineData("replay?seq=999999", 400, "The log of exercise '{id}' ends at event")]
    public async Task Malformed_requests_get_a_problem_that_says_why(string path, int status, string detail)
    {
        var response = await played.Control().GetAsync($"/api/exercises/{Exercise}/{path}");

        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(detail.Replace("{id}", Exercise, StringComparison.Ordinal), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_exercise_is_a_404_problem()
    {
        foreach (var path in new[] { "review", "snapshot", "replay", "report" })
        {
            var response = await played.Control().GetAsync($"/api/exercises/ex-nothing/{path}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static JsonElement Inject(JsonElement body, string id) =>
        body.GetProperty("injects").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static string? Action(JsonElement snapshot, string id) =>
        snapshot.GetProperty("expectedActions").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id).GetProperty("status").GetString();
}
