using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// One story clock for every nation: two browsers in different time zones open the same exercise and read the
/// same story time with the same zone label, the scenario's own (the quickstart starts 07:00 at +02:00).
/// </summary>
public sealed class StoryClockBrowserTests
{
    private const string Password = "browser story clock test password";

    [Fact]
    public async Task Browsers_in_utc_and_new_york_show_the_same_story_time_and_zone_label()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("browser-story-clock-").FullName, $"--Facilitator:Password={Password}");
        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var baseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart" });
        var exerciseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var scenario = ScenarioLoader.Load("quickstart.yaml", File.ReadAllText(Shared.RepositoryPaths.Scenario("quickstart.yaml"))).Scenario!;
        var expected = StoryClock.Format(scenario.Clock, TimeSpan.Zero);

        var shown = new List<string>();
        foreach (var zone in new[] { "UTC", "America/New_York" })
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = BrowserFixture.Desktop.ViewportSize,
                TimezoneId = zone,
            });
            var page = await context.NewPageAsync();
            Assert.Equal(zone, await page.EvaluateAsync<string>("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
            await page.GotoAsync(baseUrl);
            await page.GetByTestId("facilitator-password").FillAsync(Password);
            await page.GetByTestId("facilitator-submit").ClickAsync();
            await BrowserFixture.Visible(page.GetByTestId("create-exercise-quickstart"));
            await page.GotoAsync($"{baseUrl}/#/control/{exerciseId}");
            var story = page.GetByTestId("clock").Locator(".clock-story");
            await Assertions.Expect(story).ToHaveTextAsync(expected, new() { Timeout = 15_000 });
            shown.Add((await story.InnerTextAsync()).Trim());
            await BrowserFixture.ShotAsync(page, $"30-story-clock-{zone.Replace('/', '-')}");
        }

        // Not started: game time zero, so both read the scenario's start in its own offset.
        Assert.Equal("Mon 12 Jan 07:00 UTC+02:00", expected);
        Assert.Equal(shown[0], shown[1]);
    }
}
