using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The live sector charts read the server's sector histories: after a reload mid-exercise the participant's chart and
/// the console's sparkline hold every point of the current run from before the reload (and none of the run before the
/// reset), and pushed points are added after it. The charts are canvases and SVGs; their accessible names carry the
/// number of points.
/// </summary>
public sealed class SectorHistoryBrowserTests
{
    private const string Password = "browser sector history test password";

    [Fact]
    public async Task After_a_reload_the_charts_hold_the_current_runs_points_from_before_it()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-sector-history-", Password);
        var server = session.Server.Http;
        var id = await session.CreateExerciseAsync();

        // A first run that moves the digital sector, a reset, and a second run five minutes in.
        await PostAsync(server, $"/api/exercises/{id}/start");
        await PostAsync(server, $"/api/exercises/{id}/pause");
        await PostAsync(server, $"/api/exercises/{id}/jump", new { to = "PT9M" });
        await PostAsync(server, $"/api/exercises/{id}/reset");
        await PostAsync(server, $"/api/exercises/{id}/start");
        await PostAsync(server, $"/api/exercises/{id}/pause");
        await PostAsync(server, $"/api/exercises/{id}/jump", new { to = "PT5M" });
        var (before, current) = await DigitalPointsAsync(server, id);
        Assert.True(before > 0 && current > 1, $"both runs should move the digital sector: {before} before the reset, {current} after");

        var code = (await (await server.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team = "fi-ncsc" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var finland = await BrowserFixture.JoinAsync(session.Browser, session.BaseUrl, code, "Aino");
        var console = await session.OpenConsoleAsync(id);
        await ExpectPointsAsync(finland, console, current);

        await finland.ReloadAsync();
        await console.ReloadAsync();
        await BrowserFixture.Visible(finland.GetByTestId("clock"));
        await ExpectPointsAsync(finland, console, current);
        await BrowserFixture.ShotAsync(finland, "sector-history-01-participant-after-reload");
        await BrowserFixture.ShotAsync(console, "sector-history-02-console-after-reload");

        // Points pushed after the reload are added to the history the charts started from.
        await PostAsync(server, $"/api/exercises/{id}/jump", new { to = "PT12M" });
        var (_, later) = await DigitalPointsAsync(server, id);
        Assert.True(later > current, $"the digital sector should move between minute 5 and 12: {current} then {later} points");
        await ExpectPointsAsync(finland, console, later);
        await BrowserFixture.ShotAsync(finland, "sector-history-03-participant-after-push");
    }

    private static async Task ExpectPointsAsync(IPage participant, IPage console, int count)
    {
        var samples = new System.Text.RegularExpressions.Regex($@"\b{count} samples\b");
        await Assertions.Expect(participant.GetByTestId("sector-chart-digital")).ToHaveAttributeAsync("aria-label", samples, new() { Timeout = 15_000 });
        await Assertions.Expect(console.GetByTestId("strip-sector-digital").Locator("svg[role='img']")).ToHaveAttributeAsync("aria-label", samples, new() { Timeout = 15_000 });
    }

    /// <summary>The digital sector's sampled and state-changed events before the last reset and after it, from the log.</summary>
    private static async Task<(int Before, int Current)> DigitalPointsAsync(HttpClient server, string id)
    {
        var log = (await server.GetStringAsync($"/api/exercises/{id}/events?after=0"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        var reset = log.Last(e => e.GetProperty("type").GetString() == "exercise-reset").GetProperty("seq").GetInt64();
        var digital = log.Where(e => e.GetProperty("type").GetString() is "sector-sampled" or "sector-state-changed" && e.GetProperty("sector").GetString() == "digital")
            .Select(e => e.GetProperty("seq").GetInt64())
            .ToList();
        return (digital.Count(seq => seq < reset), digital.Count(seq => seq > reset));
    }

    private static async Task PostAsync(HttpClient server, string url, object? body = null)
    {
        var response = await server.PostAsJsonAsync(url, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
