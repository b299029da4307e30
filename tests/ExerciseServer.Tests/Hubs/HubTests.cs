using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Hubs;

/// <summary>The hub with the .NET SignalR client: per-call authorisation, audience-filtered pushes, catch-up.</summary>
public sealed class HubTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    /// <summary>Every hub method with arguments that would work for the right caller.</summary>
    public static TheoryData<string> Methods => ["Join", "CatchUp", "GetOutline", "GetInjects", "GetSectorHistories", "GetPresence", "RecordObservation", "Rate", "Acknowledge", "Respond", "Decide", "SendMessage", "Start", "Pause", "Resume", "End", "SetSpeed", "Jump", "ReleaseInject", "HoldInject", "SkipInject", "CancelInject", "CreateInject", "RecordFinding", "PlanImprovement", "WithdrawReviewItem", "GetHotWash", "AnswerHotWash"];

    private static object?[] Arguments(string method, string exerciseId) => method switch
    {
        "Join" or "GetOutline" or "GetInjects" or "GetSectorHistories" or "GetPresence" => [exerciseId],
        "CatchUp" => [exerciseId, 0L],
        "Acknowledge" => [exerciseId, "q01-signal-loss", "k"],
        "Respond" => [exerciseId, "q01-signal-loss", "answer", "k"],
        "Decide" => [exerciseId, "reroute", "reroute-now", "k"],
        "SendMessage" => [exerciseId, "ee-ria", "hello", "k"],
        "RecordObservation" => [exerciseId, "Seen it", null, null, null, "k"],
        "Rate" => [exerciseId, "objective", "share-information", "P", null, "k"],
        "SetSpeed" => [exerciseId, 10.0, "k"],
        "Jump" => [exerciseId, "next", "k"],
        "ReleaseInject" or "HoldInject" or "SkipInject" or "CancelInject" => [exerciseId, "q06-ship", "k"],
        "CreateInject" => [exerciseId, new[] { "all" }, "news", "Title", "Body", "k"],
        "RecordFinding" => [exerciseId, null, "strength", null, "Good", "k"],
        "PlanImprovement" => [exerciseId, null, null, "Drill", "Owner", "2027-01-01", "k"],
        "WithdrawReviewItem" => [exerciseId, "F1", "k"],
        "GetHotWash" => [exerciseId],
        "AnswerHotWash" => [exerciseId, "hw-first-call", "answer", "k"],
        _ => [exerciseId, "k"],
    };

    private static readonly HashSet<string> TeamMethods = ["Acknowledge", "Respond", "Decide", "GetHotWash", "AnswerHotWash"];
    private static readonly HashSet<string> ReadMethods = ["Join", "CatchUp", "GetOutline", "GetInjects", "GetSectorHistories"];

    private async Task<long> LastSeqAsync(string exerciseId) =>
        (await factory.CreateControlClient().GetFromJsonAsync<JsonElement>($"/api/exercises/{exerciseId}")).GetProperty("lastSeq").GetInt64();

    private async Task<(string Exercise, string Other)> RunningExercisesAsync()
    {
        var exercise = await _clients.CreateExerciseAsync();
        var other = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        foreach (var id in new[] { exercise, other })
        {
            await control.InvokeAsync<JsonElement>("Start", id, $"start-{id}");
            await control.InvokeAsync<JsonElement>("Jump", id, "PT8M", $"jump-{id}");
        }

        return (exercise, other);
    }

    [Fact]
    public async Task Without_sign_in_the_hub_refuses_the_connection()
    {
        await using var anonymous = _clients.Anonymous();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_call_from_another_exercise_is_rejected_and_changes_nothing(string method)
    {
        var (exercise, other) = await RunningExercisesAsync();
        await using var outsider = await _clients.JoinAsync(await _clients.IssueCodeAsync(other, new { team = "fi-ncsc" }), "Outsider");
        var before = await LastSeqAsync(exercise);

        var error = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeCoreAsync<JsonElement>(method, Arguments(method, exercise)));

        Assert.Contains("not signed in to this exercise", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await LastSeqAsync(exercise));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_call_that_needs_another_role_is_rejected_and_changes_nothing(string method)
    {
        var (exercise, _) = await RunningExercisesAsync();
        var player = !TeamMethods.Contains(method) && method != "SendMessage";
        var code = await _clients.IssueCodeAsync(exercise, player ? new { team = "fi-ncsc" } : new { role = "observer" });
        await using var caller = await _clients.JoinAsync(code, "Wrong role");
        var before = await LastSeqAsync(exercise);

        if (ReadMethods.Contains(method))
        {
            // Anyone admitted to the exercise may join it and read what they may see.
            await caller.InvokeCoreAsync<JsonElement>(method, Arguments(method, exercise));
        }
        else
        {
            var error = await Assert.ThrowsAsync<HubException>(() => caller.InvokeCoreAsync<JsonElement>(method, Arguments(method, exercise)));
            Assert.Contains("may not do this", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await LastSeqAsync(exercise));
    }

    [Theory]
    [InlineData("Acknowledge")]
    [InlineData("Respond")]
    [InlineData("Decide")]
    public async Task A_team_cannot_act_on_another_teams_inject_or_decision(string method)
    {
        var (exercise, _) = await RunningExercisesAsync();
        await using var estonia = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");
        var before = await LastSeqAsync(exercise);
        object?[] args = method switch
        {
            "Acknowledge" => [exercise, "q03-reroute", "k"],
            "Respond" => [exercise, "q03-reroute", "Ours now", "k"],
            _ => [exercise, "reroute", "reroute-now", "k"],
        };

        var outcome = await estonia.InvokeCoreAsync<JsonElement>(method, args);

        Assert.False(outcome.GetProperty("accepted").GetBoolean());
        Assert.Contains("team 'ee-ria' has no", outcome.GetProperty("rejection").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await LastSeqAsync(exercise));
    }

    [Fact]
    public async Task An_inject_reaches_its_team_only_and_the_answer_reaches_control()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await using var estonia = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");
        var seen = new ConcurrentDictionary<string, ConcurrentBag<JsonElement>>();
        foreach (var (name, connection) in new[] { ("control", control), ("fi", finland), ("ee", estonia) })
        {
            var bag = seen.GetOrAdd(name, _ => []);
            connection.On<string, JsonElement[]>("events", (_, events) =>
            {
                foreach (var e in events)
                {
                    bag.Add(e);
                }
            });
            await connection.InvokeAsync<JsonElement>("Join", exercise);
        }

        await control.InvokeAsync<JsonElement>("Start", exercise, "s1");
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT7M30S", "j1");
        await WaitUntil(() => Released(seen["fi"], "q03-reroute"));
        await finland.InvokeAsync<JsonElement>("Respond", exercise, "q03-reroute", "Reroute now.", "r1");
        await WaitUntil(() => seen["control"].Any(e => e.GetProperty("type").GetString() == "inject-responded"));

        Assert.True(Released(seen["ee"], "q01-signal-loss"));
        Assert.False(Released(seen["ee"], "q03-reroute"));
        Assert.DoesNotContain(seen["ee"], e => e.GetProperty("type").GetString() == "inject-responded");
        Assert.DoesNotContain(seen["ee"], e => e.GetProperty("type").GetString() == "sector-sampled" && e.GetProperty("sector").GetString() == "energy");
    }

    [Fact]
    public async Task After_a_missed_stretch_a_reconnecting_team_catches_up_on_exactly_what_it_may_see()
    {
        var exercise = await _clients.CreateExerciseAsync();
        var code = await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" });
        await using var control = await _clients.ControlAsync();
        await control.InvokeAsync<JsonElement>("Start", exercise, "s1");
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT2M", "j1");
        long lastSeen;
        await using (var first = await _clients.JoinAsync(code, "Kadri"))
        {
            var snapshot = await first.InvokeAsync<JsonElement>("Join", exercise);
            var early = await first.InvokeAsync<JsonElement[]>("CatchUp", exercise, 0L);
            lastSeen = early[^1].GetProperty("seq").GetInt64();
            Assert.True(snapshot.GetProperty("lastSeq").GetInt64() >= lastSeen);
        }

        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT9M", "j2");
        await control.InvokeAsync<JsonElement>("SendMessage", exercise, "fi-ncsc", "Private to Finland", "m1");
        await control.InvokeAsync<JsonElement>("SendMessage", exercise, "ee-ria", "Private to Estonia", "m2");

        await using var again = await _clients.JoinAsync(code, "Kadri");
        await again.InvokeAsync<JsonElement>("Join", exercise);
        var missed = await again.InvokeAsync<JsonElement[]>("CatchUp", exercise, lastSeen);

        var everything = await control.InvokeAsync<JsonElement[]>("CatchUp", exercise, lastSeen);
        var expected = everything.Where(e => MaySee(e, "ee-ria")).Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(expected, missed.Select(e => e.GetProperty("seq").GetInt64()).ToList());
        Assert.True(expected.Count > 0 && expected.Count < everything.Length);
        Assert.Contains(missed, e => e.GetProperty("type").GetString() == "message-sent" && e.GetProperty("text").GetString() == "Private to Estonia");
        Assert.DoesNotContain(missed, e => e.GetProperty("type").GetString() == "message-sent" && e.GetProperty("text").GetString() == "Private to Finland");
        Assert.Equal(missed.Length, missed.Select(e => e.GetProperty("seq").GetInt64()).Distinct().Count());
    }

    private static bool MaySee(JsonElement e, string team)
    {
        var audience = e.GetProperty("audience");
        return audience.GetProperty("allPlayers").GetBoolean() || audience.GetProperty("teams").EnumerateArray().Any(t => t.GetString() == team);
    }

    private static bool Released(IEnumerable<JsonElement> events, string inject) =>
        events.Any(e => e.GetProperty("type").GetString() == "inject-released" && e.GetProperty("injectId").GetString() == inject);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting for a push");
    }

    [Fact]
    public async Task A_team_reads_the_content_of_its_own_released_injects_without_controller_notes()
    {
        var (exercise, _) = await RunningExercisesAsync();
        await using var estonia = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");
        await using var control = await _clients.ControlAsync();

        var mine = await estonia.InvokeAsync<JsonElement[]>("GetInjects", exercise);
        var all = await control.InvokeAsync<JsonElement[]>("GetInjects", exercise);

        Assert.Equal(["q01-signal-loss", "q02-news"], mine.Select(i => i.GetProperty("id").GetString()));
        Assert.All(mine, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("notes").ValueKind));
        Assert.Equal("sector_alert", mine[0].GetProperty("channel").GetString());
        Assert.Equal("Network operations centre", mine[0].GetProperty("from").GetString());
        Assert.Equal(6, all.Length);
        Assert.Equal("on demand", all.Single(i => i.GetProperty("id").GetString() == "q06-ship").GetProperty("trigger").GetString());
        var reroute = all.Single(i => i.GetProperty("id").GetString() == "q03-reroute").GetProperty("decision");
        Assert.Equal(["reroute-now", "wait"], reroute.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Control_sees_who_is_connected_and_when_they_leave()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await using var observer = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { role = "observer" }), "Olli");
        await finland.InvokeAsync<JsonElement>("Join", exercise);
        await observer.InvokeAsync<JsonElement>("Join", exercise);

        var present = await control.InvokeAsync<JsonElement[]>("GetPresence", exercise);
        await finland.DisposeAsync();
        await WaitUntil(() => control.InvokeAsync<JsonElement[]>("GetPresence", exercise).Result.Length == 1);

        Assert.Equal([("Aino", "player", "fi-ncsc"), ("Olli", "observer", (string?)null)],
            present.Select(p => (p.GetProperty("name").GetString(), p.GetProperty("role").GetString(), p.GetProperty("team").GetString())).ToList());
    }

    [Fact]
    public async Task An_evaluator_records_observations_and_ratings_that_teams_never_see()
    {
        var (exercise, _) = await RunningExercisesAsync();
        await using var evaluator = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { role = "evaluator" }), "Eeva");
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await evaluator.InvokeAsync<JsonElement>("Join", exercise);
        var outline = await evaluator.InvokeAsync<JsonElement>("GetOutline", exercise);

        var observed = await evaluator.InvokeAsync<JsonElement>("RecordObservation", exercise, "Finland called RIA at once.", "q01-signal-loss", "fi-ncsc", "share-information", "o1");
        var rated = await evaluator.InvokeAsync<JsonElement>("Rate", exercise, "expected-action", "q01-fi-notify", "S", "Late but complete.", "r1");
        var wrong = await evaluator.InvokeAsync<JsonElement>("Rate", exercise, "objective", "share-information", "B", null, "r2");

        Assert.Equal(["P", "S", "M", "U"], outline.GetProperty("objectives")[0].GetProperty("scale").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.True(observed.GetProperty("accepted").GetBoolean());
        Assert.True(rated.GetProperty("accepted").GetBoolean());
        Assert.Contains("not on the scale", wrong.GetProperty("rejection").GetString(), StringComparison.Ordinal);
        var seenByEvaluator = await evaluator.InvokeAsync<JsonElement[]>("CatchUp", exercise, 0L);
        var seenByTeam = await finland.InvokeAsync<JsonElement[]>("CatchUp", exercise, 0L);
        Assert.Contains(seenByEvaluator, e => e.GetProperty("type").GetString() == "rating-recorded" && e.GetProperty("by").GetString() == "evaluator: Eeva");
        Assert.DoesNotContain(seenByTeam, e => e.GetProperty("type").GetString() is "rating-recorded" or "observation-recorded");
    }
}
