using ExerciseServer.Core.Scenarios;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// One story clock for every nation: two browsers in different time zones open the same exercise and read the
/// same story time with the same zone label, the scenario's own (the quickstart starts 07:00 at +02:00). A story told
/// in a zone with daylight saving reads as the server's StoryClock writes it on both sides of the change, whichever
/// side the clock stands on.
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

    /// <summary>Brussels puts its clocks forward from 02:00 to 03:00 on 28 March 2027; the story starts at 01:00 that night.</summary>
    private const string ClockChangeScenario = """
        schema: 1
        id: dst-night
        title: "Night of the clock change"
        languages: [en]
        clock:
          start: 2027-03-28T01:00:00+01:00
          time_zone: Europe/Brussels
          duration: 4h
        sectors:
          - { id: energy, name: Energy, recovery: 4h }
        actors:
          - { id: be, name: Belgium, kind: nation, country: BE }
        teams:
          - { id: be-ccb, name: Centre for Cybersecurity Belgium, plays: be, sees: [energy] }
        injects:
          - { id: before-change, at: 30m, to: [be-ccb], title: "Half past one, winter time", body: Before the change. }
          - { id: after-change, at: 90m, to: [be-ccb], title: "Half past three, summer time", body: After the change. }
          - { id: morning, at: 3h, to: [be-ccb], title: "Five in the morning", body: Well into summer time. }
        """;

    [Fact]
    public async Task Across_a_daylight_saving_change_every_story_time_follows_the_scenario_zone()
    {
        var folder = Directory.CreateTempSubdirectory("browser-dst-scenarios-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "dst-night.yaml"), ClockChangeScenario);
        File.Copy(Shared.RepositoryPaths.Scenario("quickstart.yaml"), Path.Combine(folder, "quickstart.yaml")); // the library a sign-in waits for
        var scenario = ScenarioLoader.Load("dst-night.yaml", ClockChangeScenario).Scenario!;
        await using var session = await FacilitatorBrowser.StartAsync("browser-story-dst-", Password, $"--Scenarios:Path={folder}");
        var exerciseId = await session.CreateExerciseAsync("dst-night");
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = BrowserFixture.Desktop.ViewportSize,
            TimezoneId = "America/New_York", // whose own change came two weeks earlier
        });
        var page = await session.OpenConsoleAsync(exerciseId, await context.NewPageAsync());
        string Expected(TimeSpan gameTime) => StoryClock.At(scenario.Clock, gameTime).ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var injects = scenario.Injects.Select(i => (i.Id, Due: i.At!.Value.Value)).ToList();

        // Before the start the clock reads winter time; the MSEL's later rows are already in summer time.
        var story = page.GetByTestId("clock").Locator(".clock-story");
        await Assertions.Expect(story).ToHaveTextAsync("Sun 28 Mar 01:00 Europe/Brussels UTC+01:00", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("msel")).ToContainTextAsync("Story time (Europe/Brussels UTC+01:00 to Europe/Brussels UTC+02:00)");
        await ExpectRowsAsync();

        // Past the change: the clock reads summer time, and the first row still winter time.
        await page.GetByTestId("control-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("control-lifecycle")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await page.GetByTestId("control-jump").FillAsync("2h");
        await page.GetByTestId("control-jump-set").ClickAsync();
        await Assertions.Expect(page.GetByTestId("msel-row-after-change")).ToHaveAttributeAsync("data-status", "released", new() { Timeout = 15_000 });
        await page.GetByTestId("control-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("control-lifecycle")).ToHaveTextAsync("paused", new() { Timeout = 15_000 });
        var gameMs = long.Parse((await page.GetByTestId("clock").GetAttributeAsync("data-game-ms"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(gameMs, (long)TimeSpan.FromHours(2).TotalMilliseconds, (long)TimeSpan.FromHours(2.5).TotalMilliseconds);
        await Assertions.Expect(story).ToHaveTextAsync(StoryClock.Format(scenario.Clock, TimeSpan.FromMilliseconds(gameMs)));
        Assert.EndsWith("Europe/Brussels UTC+02:00", await story.InnerTextAsync());
        await ExpectRowsAsync();
        await BrowserFixture.ShotAsync(page, "30-story-clock-daylight-saving");

        async Task ExpectRowsAsync()
        {
            foreach (var (id, due) in injects)
            {
                await Assertions.Expect(page.GetByTestId($"msel-time-{id}").Locator(".story")).ToHaveTextAsync(Expected(due));
            }
        }
    }
}
