using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The incident map of the Baltic flagship in Chromium: control sees every location dim before anything is released;
/// after the gas pipeline alert Finland sees that inject's locations and nothing else, Germany (not addressed) sees
/// none; the review's replay draws the map as it stood at the slider's moment. The base map comes from the server
/// itself and the Content-Security-Policy holds. Screenshots go to test-artifacts/browser/.
/// </summary>
public sealed class MapBrowserTests
{
    private const string Password = "browser map password";
    private const int FlagshipLocations = 20;

    [Fact]
    public async Task The_flagship_map_shows_control_everything_a_team_what_reached_it_and_the_replay_its_moment()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-map-", Password);
        var (server, browser, baseUrl) = (session.Server, session.Browser, session.BaseUrl);
        var csp = new CspViolations();
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "baltic-critical-infrastructure", name = "Map walk-through" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // Control, before the start: every location of the scenario, none highlighted, over the Natural Earth coastlines.
        var control = await csp.NewPageAsync(browser);
        await session.OpenConsoleAsync(id, control);
        await control.GetByTestId("console-tab-map").ClickAsync();
        var controlMap = control.GetByTestId("incident-map");
        await Assertions.Expect(controlMap).ToHaveAttributeAsync("data-basemap", "ready", new() { Timeout = 60_000 });
        await Assertions.Expect(controlMap).ToHaveAttributeAsync("data-locations", FlagshipLocations.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(controlMap).ToHaveAttributeAsync("data-highlighted", "0");
        Assert.True(await controlMap.Locator(".map-land path").CountAsync() >= 8, "the base map draws the countries around the Baltic");
        await controlMap.ScrollIntoViewIfNeededAsync();
        await ShotAsync(controlMap, "20-map-control-before-start");

        // Finland and Germany join; neither has a location before anything reached them.
        var finland = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, new { team = "fi-gov" }), "Aino", csp);
        var germany = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, new { team = "de-gov" }), "Jonas", csp);
        await BrowserFixture.Visible(finland.GetByTestId("incident-map-empty"));

        // The pipeline alert (20 min, to Finland and Estonia) is released.
        await ControlAsync(server, id, "start");
        await ControlAsync(server, id, "pause");
        await ControlAsync(server, id, "jump", new { to = "PT25M" });
        var finlandMap = finland.GetByTestId("incident-map");
        await Assertions.Expect(finlandMap).ToHaveAttributeAsync("data-locations", "3", new() { Timeout = 15_000 });
        await Assertions.Expect(finlandMap).ToHaveAttributeAsync("data-highlighted", "3");
        await Assertions.Expect(finlandMap).ToHaveAttributeAsync("data-basemap", "ready", new() { Timeout = 60_000 });
        foreach (var location in new[] { "gulfconnector", "gulfconnector-leak", "inkoo-lng" })
        {
            await Assertions.Expect(finland.GetByTestId($"map-location-{location}")).ToHaveAttributeAsync("data-state", "released");
        }

        Assert.Equal(0, await finland.GetByTestId("map-location-hansa-cable-1").CountAsync());
        await finlandMap.ScrollIntoViewIfNeededAsync();
        await ShotAsync(finlandMap, "21-map-participant-after-release");
        await BrowserFixture.ShotAsync(finland, "22-participant-with-map");
        await Assertions.Expect(controlMap).ToHaveAttributeAsync("data-highlighted", "3", new() { Timeout = 15_000 });
        await Assertions.Expect(control.GetByTestId("map-location-hansa-cable-1")).ToHaveAttributeAsync("data-state", "pending");
        await germany.WaitForTimeoutAsync(1_000);
        await BrowserFixture.Visible(germany.GetByTestId("incident-map-empty"));

        // Into Tuesday: the cable cuts, the tracks and the jamming are released; control's map lights up further.
        await ControlAsync(server, id, "jump", new { to = "PT30H" });
        await Assertions.Expect(control.GetByTestId("map-location-hansa-cable-1")).ToHaveAttributeAsync("data-state", "released", new() { Timeout = 15_000 });
        var highlightedLate = int.Parse((await controlMap.GetAttributeAsync("data-highlighted"))!, CultureInfo.InvariantCulture);
        Assert.True(highlightedLate > 3, $"more locations highlighted on Tuesday, got {highlightedLate}");
        await ShotAsync(controlMap, "23-map-control-tuesday");

        // The replay: just after the first release the map has the pipeline alert's three locations; at the latest event, more.
        var firstRelease = (await server.EventsAsync(id)).First(e => e.GetProperty("type").GetString() == "inject-released").GetProperty("seq").GetInt64();
        await control.GotoAsync($"{baseUrl}/#/review/{id}");
        await BrowserFixture.Visible(control.GetByTestId("review-page"));
        var replayMap = control.GetByTestId("replay-map");
        await Assertions.Expect(replayMap).ToHaveAttributeAsync("data-highlighted", highlightedLate.ToString(CultureInfo.InvariantCulture), new() { Timeout = 15_000 });
        await control.GetByTestId("replay-slider").FillAsync(firstRelease.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(control.GetByTestId("replay-seq")).ToContainTextAsync(firstRelease.ToString(CultureInfo.InvariantCulture), new() { Timeout = 15_000 });
        await Assertions.Expect(replayMap).ToHaveAttributeAsync("data-highlighted", "3", new() { Timeout = 15_000 });
        await Assertions.Expect(replayMap).ToHaveAttributeAsync("data-basemap", "ready", new() { Timeout = 60_000 });
        await replayMap.ScrollIntoViewIfNeededAsync();
        await ShotAsync(replayMap, "24-replay-map-first-release");
        await control.GetByTestId("replay-slider").FillAsync("0");
        await Assertions.Expect(replayMap).ToHaveAttributeAsync("data-highlighted", "0", new() { Timeout = 15_000 });

        Assert.True(csp.Messages.Count == 0, "Content-Security-Policy violations:\n" + string.Join('\n', csp.Messages));
    }

    private static Task ShotAsync(ILocator element, string name) =>
        element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png") });

    private static async Task<string> CodeAsync(ServerProcess server, string id, object body)
    {
        var response = await server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", body);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static async Task ControlAsync(ServerProcess server, string id, string verb, object? body = null)
    {
        var response = body is null ? await server.Http.PostAsync($"/api/exercises/{id}/{verb}", null) : await server.Http.PostAsJsonAsync($"/api/exercises/{id}/{verb}", body);
        Assert.True(response.IsSuccessStatusCode, $"{verb}: {await response.Content.ReadAsStringAsync()}");
    }
}
