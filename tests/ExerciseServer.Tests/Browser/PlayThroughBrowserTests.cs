using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The quickstart played in Chromium: the facilitator creates the exercise, two participants join two teams in
/// separate browser contexts, control starts and releases, an inject reaches its team only, a participant answers
/// and control sees it, control sees who is connected, a sector chart updates, and a participant who reloads sees
/// every inject once. No page breaks the server's Content-Security-Policy on the way.
/// Screenshots go to test-artifacts/browser/.
/// </summary>
public sealed class PlayThroughBrowserTests
{
    private const string Password = "browser test password";

    [Fact]
    public async Task The_quickstart_plays_from_creation_to_answer_in_the_browser()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-", Password);
        var (server, browser, baseUrl) = (session.Server, session.Browser, session.BaseUrl);
        var csp = new CspViolations();

        // The facilitator signs in and creates the exercise from the library.
        var control = await session.SignInAsync(csp: csp);
        await control.GetByTestId("create-exercise-quickstart").ClickAsync();
        var exerciseId = await WaitForExerciseAsync(server);
        await control.GotoAsync($"{baseUrl}/#/control/{exerciseId}");
        await Expect(control.GetByTestId("msel-row-q01-signal-loss"));
        await BrowserFixture.ShotAsync(control, "01-control-console");

        // Codes for both teams, issued in the console; two participants join in their own contexts.
        var finland = await JoinAsync(browser, baseUrl, await IssueCodeAsync(control, "fi-ncsc"), "Aino", csp);
        var estonia = await JoinAsync(browser, baseUrl, await IssueCodeAsync(control, "ee-ria"), "Kadri", csp);
        await BrowserFixture.ShotAsync(finland, "02-participant-before-start");
        await control.GetByTestId("console-tab-people").ClickAsync();
        await Assertions.Expect(control.GetByTestId("presence")).ToContainTextAsync("Aino", new() { Timeout = 15_000 });
        await Assertions.Expect(control.GetByTestId("presence")).ToContainTextAsync("Kadri", new() { Timeout = 15_000 });

        // Control starts and jumps through the first three injects; q03 goes to Finland only.
        await control.GetByTestId("control-start").ClickAsync();
        for (var i = 0; i < 3; i++)
        {
            await control.GetByTestId("control-jump-next").ClickAsync();
            await control.WaitForTimeoutAsync(500);
        }

        await Expect(finland.GetByTestId("inbox-item-q03-reroute"));
        await Expect(estonia.GetByTestId("inbox-item-q01-signal-loss"));
        await estonia.WaitForTimeoutAsync(1_000);
        Assert.Equal(0, await estonia.GetByTestId("inbox-item-q03-reroute").CountAsync());
        await BrowserFixture.ShotAsync(finland, "03-participant-inbox");

        // The sector chart shows the cable fault.
        await Expect(finland.GetByTestId("sector-chart-digital"));
        await Assertions.Expect(finland.GetByTestId("sector-state-digital")).ToContainTextAsync("degraded", new() { IgnoreCase = true });

        // Finland answers; control sees the answer in its feed.
        await finland.GetByTestId("inbox-item-q03-reroute").ClickAsync();
        await finland.GetByTestId("response-text").FillAsync("Reroute priority traffic over the land route now.");
        await finland.GetByTestId("response-send").ClickAsync();
        await Assertions.Expect(control.GetByTestId("feed")).ToContainTextAsync("Reroute priority traffic", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(control, "04-control-sees-answer");

        // The facilitator creates an API token in the console, and a script can use it.
        await control.GetByTestId("console-tab-token").ClickAsync();
        await control.GetByTestId("create-api-token").ClickAsync();
        var token = (await control.GetByTestId("api-token").InnerTextAsync()).Trim();
        using (var script = new HttpClient { BaseAddress = server.Http.BaseAddress })
        {
            script.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            Assert.True((await script.GetAsync(new Uri($"/api/exercises/{exerciseId}", UriKind.Relative))).IsSuccessStatusCode);
        }

        // Estonia reloads mid-exercise: every inject it received is there exactly once.
        await estonia.ReloadAsync();
        await Expect(estonia.GetByTestId("inbox-item-q02-news"));
        Assert.Equal(1, await estonia.GetByTestId("inbox-item-q01-signal-loss").CountAsync());
        Assert.Equal(1, await estonia.GetByTestId("inbox-item-q02-news").CountAsync());
        await BrowserFixture.ShotAsync(estonia, "05-participant-after-reload");

        // An evaluator joins, records an observation and rates an objective; control's log shows the observation.
        var evaluator = await JoinAsync(browser, baseUrl, await IssueCodeAsync(control, "evaluator"), "Eeva", csp);
        await evaluator.GetByTestId("observation-text").FillAsync("Finland rerouted within three minutes of the call.");
        await evaluator.GetByTestId("observation-send").ClickAsync();
        await evaluator.GetByTestId("rate-objective-share-information-S").ClickAsync();
        await Assertions.Expect(evaluator.GetByTestId("rate-objective-share-information-S")).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 15_000 });
        await control.GetByTestId("console-tab-observations").ClickAsync();
        await Assertions.Expect(control.GetByTestId("observations")).ToContainTextAsync("rerouted within three minutes", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(evaluator, "06-evaluator-ratings");

        // The same participant view on a tablet.
        await estonia.SetViewportSizeAsync(820, 1180);
        await Expect(estonia.GetByTestId("inbox-item-q02-news"));
        await BrowserFixture.ShotAsync(estonia, "07-participant-tablet");

        Assert.True(csp.Messages.Count == 0, "Content-Security-Policy violations:\n" + string.Join('\n', csp.Messages));

        // The watch itself: an inline script added to the page is refused, and the refusal reaches the console.
        var refusal = await estonia.RunAndWaitForConsoleMessageAsync(
            () => estonia.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); }"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });
        Assert.Contains("script-src", refusal.Text, StringComparison.Ordinal);
        Assert.Null(await estonia.EvaluateAsync<int?>("() => window.injected ?? null"));
        Assert.Contains(csp.Messages, m => m.Contains("script-src", StringComparison.Ordinal));
    }

    private static async Task<string> WaitForExerciseAsync(ServerProcess server)
    {
        for (var i = 0; i < 50; i++)
        {
            var list = await server.GetJsonAsync("/api/exercises");
            if (list.GetArrayLength() > 0)
            {
                return list[0].GetProperty("id").GetString()!;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("no exercise was created");
    }

    private static async Task<string> IssueCodeAsync(IPage control, string team)
    {
        await control.GetByTestId("console-tab-codes").ClickAsync();
        await control.GetByTestId($"issue-code-{team}").ClickAsync();
        var code = control.GetByTestId($"issued-code-{team}");
        await Assertions.Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[0-9A-Z]{5}-[0-9A-Z]{5}"));
        return (await code.InnerTextAsync()).Trim();
    }

    private static Task<IPage> JoinAsync(IBrowser browser, string baseUrl, string code, string name, CspViolations csp) => BrowserFixture.JoinAsync(browser, baseUrl, code, name, csp);

    private static Task Expect(ILocator locator) => BrowserFixture.Visible(locator);
}
