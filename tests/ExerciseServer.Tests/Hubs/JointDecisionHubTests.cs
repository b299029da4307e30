using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// The flagship's joint EU–NATO attribution over the hub: each party team sees the decision with the other's vote and
/// who cast it, a team not party to it is refused with not-a-party and sees no vote, voting twice is already-voted,
/// a refusal under 'all' resolves the decision to its default, and voting after that is decision-resolved.
/// </summary>
public sealed class JointDecisionHubTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    [Fact]
    public async Task Both_teams_vote_one_refuses_and_each_refusal_has_its_code()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var control = await _clients.ControlAsync();
        var id = await _clients.CreateExerciseAsync("baltic-critical-infrastructure");
        await control.InvokeAsync<JsonElement>("Start", id, "start", ct);
        await control.InvokeAsync<JsonElement>("Pause", id, "pause", ct);
        await control.InvokeAsync<JsonElement>("Jump", id, "PT34H5M", "jump", ct);
        await using var eu = await _clients.JoinAsync(await _clients.IssueCodeAsync(id, new { team = "ec" }), "Elena");
        await using var nato = await _clients.JoinAsync(await _clients.IssueCodeAsync(id, new { team = "nato" }), "Niels");
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(id, new { team = "fi-gov" }), "Aino");

        var euVote = await eu.InvokeAsync<JsonElement>("CastJointVote", id, "joint-attribution", "attribute-jointly", "v1", ct);
        var again = await eu.InvokeAsync<JsonElement>("CastJointVote", id, "joint-attribution", "hold-attribution", "v2", ct);
        var outsider = await finland.InvokeAsync<JsonElement>("CastJointVote", id, "joint-attribution", "attribute-jointly", "v1", ct);
        var seenByNato = await Joint(nato, id, ct);
        var refusal = await nato.InvokeAsync<JsonElement>("CastJointVote", id, "joint-attribution", null, "v1", ct);
        var late = await nato.InvokeAsync<JsonElement>("CastJointVote", id, "joint-attribution", "attribute-jointly", "v2", ct);

        Assert.True(euVote.GetProperty("accepted").GetBoolean());
        Assert.Equal("already-voted", again.GetProperty("code").GetString());
        Assert.Equal("not-a-party", outsider.GetProperty("code").GetString());
        Assert.True(refusal.GetProperty("accepted").GetBoolean());
        Assert.Equal("decision-resolved", late.GetProperty("code").GetString());

        var vote = Assert.Single(seenByNato.GetProperty("votes").EnumerateArray());
        Assert.Equal(("ec", "attribute-jointly", "Elena"), (vote.GetProperty("team").GetString(), vote.GetProperty("optionId").GetString(), vote.GetProperty("by").GetString()));
        var resolved = await Joint(eu, id, ct);
        Assert.Equal(("all", "not-agreed"), (resolved.GetProperty("rule").GetString(), resolved.GetProperty("resolution").GetString()));
        Assert.Equal(JsonValueKind.Null, resolved.GetProperty("votes")[1].GetProperty("optionId").ValueKind);

        // Finland, not party to it, sees neither the presenting inject nor a vote event.
        var finnishInjects = await finland.InvokeAsync<JsonElement>("GetInjects", id, ct);
        Assert.DoesNotContain(finnishInjects.EnumerateArray(), i => i.GetProperty("id").GetString() == "c13-attribution-decision");
        var finnishEvents = await AllEventsAsync(finland, id, ct);
        Assert.DoesNotContain(finnishEvents, e => e.GetProperty("type").GetString()!.StartsWith("joint-", StringComparison.Ordinal));
        var euEvents = await AllEventsAsync(eu, id, ct);
        Assert.Equal(2, euEvents.Count(e => e.GetProperty("type").GetString() == "joint-vote-cast"));
        var how = Assert.Single(euEvents, e => e.GetProperty("type").GetString() == "joint-decision-resolved");
        Assert.Equal(("hold-attribution", "not-agreed"), (how.GetProperty("optionId").GetString(), how.GetProperty("how").GetString()));

        // The review a facilitator reads has every vote and the resolution.
        var review = await factory.CreateControlClient().GetFromJsonAsync<JsonElement>($"/api/exercises/{id}/review", ct);
        var decision = review.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "joint-attribution");
        Assert.Equal(["ec", "nato"], decision.GetProperty("joint").GetProperty("votes").EnumerateArray().Select(v => v.GetProperty("team").GetString()));
        Assert.True(decision.GetProperty("byDefault").GetBoolean());
    }

    /// <summary>Every event the participant may see, page by page (the jump to day two writes many).</summary>
    private static async Task<List<JsonElement>> AllEventsAsync(HubConnection participant, string id, CancellationToken ct)
    {
        var all = new List<JsonElement>();
        var after = 0L;
        while (true)
        {
            var page = await participant.InvokeAsync<JsonElement[]>("CatchUp", id, after, ct);
            if (page.Length == 0)
            {
                return all;
            }

            all.AddRange(page);
            after = page[^1].GetProperty("seq").GetInt64();
        }
    }

    /// <summary>The joint part of the decision as <paramref name="participant"/> sees it in its inbox.</summary>
    private static async Task<JsonElement> Joint(HubConnection participant, string id, CancellationToken ct)
    {
        var injects = await participant.InvokeAsync<JsonElement>("GetInjects", id, ct);
        var inject = injects.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "c13-attribution-decision");
        return inject.GetProperty("decision").GetProperty("joint");
    }
}
