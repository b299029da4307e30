using ExerciseServer.Core.Scenarios;
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
        await using var session = await FacilitatorBrowser.StartAsync("browser-story-clock-", Password);
        var exerciseId = await session.CreateExerciseAsync();
        var scenario = ScenarioLoader.Load("quickstart.yaml", File.ReadAllText(Shared.RepositoryPaths.Scenario("quickstart.yaml"))).Scenario!;
        var expected = StoryClock.Format(scenario.Clock, TimeSpan.Zero);

        var shown = new List<string>();
        foreach (var zone in new[] { "UTC", "America/New_York" })
        {
            var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = BrowserFixture.Desktop.ViewportSize,
                TimezoneId = zone,
            });
            var page = await context.NewPageAsync();
            Assert.Equal(zone, await page.EvaluateAsync<string>("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
            await session.OpenConsoleAsync(exerciseId, page);
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
