using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Hubs;

/// <summary>
/// The live charts' read: GetSectorHistories answers the curves the sector grains keep, of the sectors the caller
/// may see (in the quickstart Finland sees digital and energy, Estonia digital only), of the current run only.
/// </summary>
public sealed class SectorHistoryHubTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    [Fact]
    public async Task A_team_gets_the_histories_of_the_sectors_it_may_see_and_not_of_the_others()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        await using var finland = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await using var estonia = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");
        await control.InvokeAsync<JsonElement>("Start", exercise, "s1");
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT9M", "j1");
        var log = await control.InvokeAsync<JsonElement[]>("CatchUp", exercise, 0L);

        var ofFinland = Curves(await finland.InvokeAsync<JsonElement[]>("GetSectorHistories", exercise));
        var ofEstonia = Curves(await estonia.InvokeAsync<JsonElement[]>("GetSectorHistories", exercise));
        var ofControl = Curves(await control.InvokeAsync<JsonElement[]>("GetSectorHistories", exercise));

        Assert.Equal(["digital", "energy"], ofFinland.Keys.Order());
        Assert.Equal(["digital"], ofEstonia.Keys);
        Assert.Equal(["digital", "energy"], ofControl.Keys.Order());
        Assert.True(ofControl["digital"].Count > 1, "the cable fault should have moved the digital sector in nine minutes");
        foreach (var (sector, points) in ofControl)
        {
            Assert.Equal(SectorSeqs(log, sector), points);
            Assert.Equal(points, ofFinland[sector]);
        }

        Assert.Equal(ofControl["digital"], ofEstonia["digital"]);
    }

    [Fact]
    public async Task After_a_reset_the_histories_hold_only_the_new_run()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        await using var estonia = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "ee-ria" }), "Kadri");
        await control.InvokeAsync<JsonElement>("Start", exercise, "s1");
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT9M", "j1");
        (await factory.CreateControlClient().PostAsJsonAsync($"/api/exercises/{exercise}/reset", new { })).EnsureSuccessStatusCode();
        await control.InvokeAsync<JsonElement>("Start", exercise, "s2");
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT3M", "j2");
        var log = await control.InvokeAsync<JsonElement[]>("CatchUp", exercise, 0L);
        var reset = log.Last(e => e.GetProperty("type").GetString() == "exercise-reset").GetProperty("seq").GetInt64();

        var digital = (await estonia.InvokeAsync<JsonElement[]>("GetSectorHistories", exercise)).Single();

        var points = Curves([digital])["digital"];
        Assert.Equal(reset, digital.GetProperty("runStartSeq").GetInt64());
        Assert.NotEmpty(points);
        Assert.Equal(SectorSeqs(log, "digital").Where(seq => seq > reset), points);
        Assert.True(SectorSeqs(log, "digital").Any(seq => seq < reset), "the first run should have sampled digital too");
    }

    private static Dictionary<string, List<long>> Curves(JsonElement[] histories) =>
        histories.ToDictionary(
            h => h.GetProperty("sector").GetString()!,
            h => h.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("seq").GetInt64()).ToList());

    private static List<long> SectorSeqs(JsonElement[] log, string sector) =>
        [.. log.Where(e => e.GetProperty("type").GetString() is "sector-sampled" or "sector-state-changed" && e.GetProperty("sector").GetString() == sector)
            .Select(e => e.GetProperty("seq").GetInt64())];
}
