using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// axe-core on every page and state of the quickstart: the landing page signed out and the facilitator's library,
/// a participant's inbox, an open inject with its answer form and a pending decision, every console tab, the
/// observer and evaluator views, the review page and the HTML report. None may have a serious or critical
/// violation; the failure lists each (state, rule, target). The charts and the timeline, which axe can only see as
/// images, are checked for text equivalents: a summary in their accessible name and the same data as text nearby.
/// </summary>
public sealed class AccessibilityBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_and_state_has_no_serious_or_critical_axe_violation_and_the_charts_have_text_equivalents()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-axe-", "browser accessibility test password");
        var id = await session.CreateExerciseAsync(name: "Accessibility walk-through");
        var axe = new AxeCheck();

        // Signed out, then the facilitator's library.
        var visitor = await (await session.Browser.NewContextAsync(BrowserFixture.Desktop)).NewPageAsync();
        await visitor.GotoAsync(session.BaseUrl);
        await BrowserFixture.Visible(visitor.GetByTestId("join-code"));
        await axe.RunAsync(visitor, "landing");
        var control = await session.SignInAsync();
        await axe.RunAsync(control, "library");

        // A participant before the start, then with three injects released (the clock paused, so nothing moves on).
        var finland = await BrowserFixture.JoinAsync(session.Browser, session.BaseUrl, await CodeAsync(session, id, new { team = "fi-ncsc" }), "Aino");
        await axe.RunAsync(finland, "participant-before-start");
        await ControlAsync(session, id, "start");
        await ControlAsync(session, id, "pause");
        await ControlAsync(session, id, "jump", new { to = "PT8M" });
        await BrowserFixture.Visible(finland.GetByTestId("inbox-item-q03-reroute"));
        await axe.RunAsync(finland, "participant-inbox");
        await finland.GetByTestId("inbox-item-q01-signal-loss").ClickAsync();
        await BrowserFixture.Visible(finland.GetByTestId("response-text"));
        await axe.RunAsync(finland, "participant-answer");
        await finland.GetByTestId("response-text").FillAsync("Operator reports a fault 38 km out; RIA informed by chat.");
        await finland.GetByTestId("response-send").ClickAsync();
        await finland.GetByTestId("inbox-item-q03-reroute").ClickAsync();
        await BrowserFixture.Visible(finland.GetByTestId("option-reroute-now"));
        await axe.RunAsync(finland, "participant-decision");

        // The participant's sector charts are canvases: their accessible name carries the latest value.
        var chart = finland.GetByTestId("sector-chart-digital");
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        Assert.Matches(@"(?i)digital.*\d+\s?%", await chart.GetAttributeAsync("aria-label") ?? "");

        // Every console tab, in the state the exercise is in now.
        await control.GotoAsync($"{session.BaseUrl}/#/control/{id}");
        await BrowserFixture.Visible(control.GetByTestId("msel-row-q01-signal-loss"));
        // The console's sparklines are small SVG images: their name says where the sector is now and at its worst.
        Assert.Matches(@"(?i)digital.*now \d+%, peak \d+%", await control.GetByTestId("strip-sector-digital").Locator("svg[role='img']").GetAttributeAsync("aria-label") ?? "");
        var tabs = await control.Locator("[data-testid^='console-tab-']").EvaluateAllAsync<string[]>("tabs => tabs.map(t => t.dataset.testid)");
        Assert.True(tabs.Length >= 8, $"only {tabs.Length} console tabs: {string.Join(", ", tabs)}");
        foreach (var tab in tabs)
        {
            await control.GetByTestId(tab).ClickAsync();
            await Assertions.Expect(control.GetByTestId(tab)).ToHaveAttributeAsync("aria-selected", "true");
            await axe.RunAsync(control, tab.Replace("console-tab-", "console-", StringComparison.Ordinal));
        }

        // The observer's timeline is a list of text entries.
        var observer = await BrowserFixture.JoinAsync(session.Browser, session.BaseUrl, await CodeAsync(session, id, new { role = "observer" }), "Olli");
        await BrowserFixture.Visible(observer.GetByTestId("timeline-item"));
        await axe.RunAsync(observer, "observer");
        Assert.True(await observer.GetByTestId("timeline-item").CountAsync() >= 3);
        Assert.Contains("Loss of signal", await observer.GetByTestId("timeline").InnerTextAsync(), StringComparison.Ordinal);
        var evaluator = await BrowserFixture.JoinAsync(session.Browser, session.BaseUrl, await CodeAsync(session, id, new { role = "evaluator" }), "Eeva");
        await BrowserFixture.Visible(evaluator.GetByTestId("observation-text"));
        await axe.RunAsync(evaluator, "evaluator");

        // The end: the participant's hot wash, the review page and the HTML report.
        await ControlAsync(session, id, "end");
        await BrowserFixture.Visible(finland.GetByTestId("hotwash-panel"));
        await axe.RunAsync(finland, "participant-hot-wash");
        await evaluator.GetByTestId("open-review").First.ClickAsync();
        await BrowserFixture.Visible(evaluator.GetByTestId("review-page"));
        await BrowserFixture.Visible(evaluator.GetByTestId("lane-fi-ncsc"));
        await axe.RunAsync(evaluator, "review");
        await AssertReviewChartsHaveTextAsync(evaluator);

        await control.GotoAsync($"{session.BaseUrl}/api/exercises/{id}/report?format=html");
        await Assertions.Expect(control.Locator("body")).ToContainTextAsync("Operator reports a fault 38 km out");
        await axe.RunAsync(control, "report");
        await AssertReportChartsHaveTextAsync(control);

        output.WriteLine(axe.Report());
        Assert.True(axe.BlockingViolations.Count == 0, axe.Report());
    }

    /// <summary>The review's timeline and sector curves are SVG images with a summary as their name, and the same entries as text.</summary>
    private static async Task AssertReviewChartsHaveTextAsync(IPage page)
    {
        var timeline = page.GetByTestId("review-timeline").Locator("svg[role='img']").First;
        Assert.Contains("one lane per team", await timeline.GetAttributeAsync("aria-label") ?? "", StringComparison.OrdinalIgnoreCase);
        var lane = page.Locator("#review-timeline-lane li");
        Assert.True(await lane.CountAsync() >= 2, "the selected team's timeline should be listed as text");
        Assert.Contains("Loss of signal", await page.Locator("#review-timeline-lane").InnerTextAsync(), StringComparison.Ordinal);

        var curve = page.GetByTestId("review-sectors").GetByTestId("sector-chart-digital");
        Assert.Matches(@"(?i)digital.*peak \d+\s?%", await curve.Locator("svg[role='img']").GetAttributeAsync("aria-label") ?? "");
        Assert.True(await curve.Locator(".marker-list li").CountAsync() >= 1, "what moved the digital sector should be listed as text");
    }

    /// <summary>Every chart in the report is an image with a name, and each sits beside a table or list of the same data.</summary>
    private static async Task AssertReportChartsHaveTextAsync(IPage page)
    {
        var charts = await page.Locator("figure.chart > svg").AllAsync();
        Assert.True(charts.Count >= 3, $"only {charts.Count} charts in the report");
        foreach (var svg in charts)
        {
            Assert.Equal("img", await svg.GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await svg.GetAttributeAsync("aria-label")), "a report chart has no accessible name");
            Assert.False(string.IsNullOrWhiteSpace(await svg.Locator(":scope > title").First.TextContentAsync()), "a report chart has no <title>");
        }

        // The same data as text beside each chart: the timeline's table per team, each sector's peak, changes and markers.
        var textBesideCharts = await page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('figure.chart')].map(f => [...f.parentElement.querySelectorAll('td, li, p')].filter(e => !f.contains(e) && e.textContent.trim()).length)");
        Assert.All(textBesideCharts, count => Assert.True(count > 0, "a report chart has no text beside it with its data"));
        Assert.True(await page.Locator("figure.chart + h3 + table td").CountAsync() >= 3, "the timeline's entries should follow it as a table");
    }

    private static async Task<string> CodeAsync(FacilitatorBrowser session, string id, object body)
    {
        var response = await session.Server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static async Task ControlAsync(FacilitatorBrowser session, string id, string verb, object? body = null)
    {
        var response = body is null
            ? await session.Server.Http.PostAsync($"/api/exercises/{id}/{verb}", null)
            : await session.Server.Http.PostAsJsonAsync($"/api/exercises/{id}/{verb}", body);
        Assert.True(response.IsSuccessStatusCode, $"{verb}: {await response.Content.ReadAsStringAsync()}");
    }
}
