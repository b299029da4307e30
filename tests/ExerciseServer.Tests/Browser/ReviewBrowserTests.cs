using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// After the quickstart: a participant answers the hot wash in the browser, an evaluator opens the review page,
/// checks met and missed expected actions, writes a finding and an improvement item and scrubs the replay, and the
/// facilitator opens the self-contained HTML report and prints it to PDF. Screenshots go to test-artifacts/browser/.
/// </summary>
public sealed class ReviewBrowserTests
{
    private const string Password = "browser review password";

    [Fact]
    public async Task The_review_page_and_the_html_report_show_what_was_played()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-review-", Password);
        var (server, browser, baseUrl) = (session.Server, session.Browser, session.BaseUrl);
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart", name = "Review walk-through" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // Finland plays: the clock is paused and moved by jumps so the timing is exact.
        var finland = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, new { team = "fi-ncsc" }), "Aino");
        await ControlAsync(server, id, "start");
        await ControlAsync(server, id, "pause");
        await ControlAsync(server, id, "jump", new { to = "PT4M" });
        await finland.GetByTestId("inbox-item-q01-signal-loss").ClickAsync();
        await finland.GetByTestId("response-text").FillAsync("Operator reports a fault 38 km out; RIA informed by chat.");
        await finland.GetByTestId("response-send").ClickAsync();
        await WaitForAsync(server, id, "inject-responded");
        await ControlAsync(server, id, "jump", new { to = "PT8M" });
        await ControlAsync(server, id, "end");

        // The hot wash appears in the participant's view when the exercise ends, without a reload.
        await BrowserFixture.Visible(finland.GetByTestId("hotwash-panel"));
        await finland.GetByTestId("hotwash-answer-hw-first-call").FillAsync("About three minutes, through the chat.");
        await finland.GetByTestId("hotwash-submit-hw-first-call").ClickAsync();
        await BrowserFixture.Visible(finland.GetByTestId("hotwash-saved-hw-first-call"));
        await BrowserFixture.ShotAsync(finland, "08-participant-hot-wash");

        // An evaluator rates an objective (at game time 8m, where the exercise ended), then opens the review.
        var evaluator = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, new { role = "evaluator" }), "Eeva");
        await evaluator.GetByTestId("rate-objective-share-information-S").ClickAsync();
        await Assertions.Expect(evaluator.GetByTestId("rate-objective-share-information-S")).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 15_000 });
        await evaluator.GetByTestId("open-review").First.ClickAsync();
        await BrowserFixture.Visible(evaluator.GetByTestId("review-page"));
        await Assertions.Expect(evaluator.GetByTestId("action-q01-fi-notify")).ToContainTextAsync("met", new() { Timeout = 15_000, IgnoreCase = true });
        await Assertions.Expect(evaluator.GetByTestId("action-q01-ee-notify")).ToContainTextAsync("missed", new() { IgnoreCase = true });
        await BrowserFixture.Visible(evaluator.GetByTestId("lane-fi-ncsc"));
        await BrowserFixture.Visible(evaluator.GetByTestId("sector-chart-digital"));
        await Assertions.Expect(evaluator.GetByTestId("review-hotwash")).ToContainTextAsync("About three minutes, through the chat.");

        // The charts' time axes read story time: the quickstart starts Mon 12 Jan 07:00 UTC+02:00 and ended 8m in,
        // so the ticks fall every two minutes; each tick's tooltip gives the full story time and the offset.
        foreach (var (chart, tick) in new[] { ("review-timeline", "timeline-tick"), ("sector-chart-digital", "sector-tick") })
        {
            var ticks = evaluator.GetByTestId(chart).GetByTestId(tick);
            await Assertions.Expect(ticks.Nth(2)).ToContainTextAsync("Mon 07:04", new() { Timeout = 15_000 });
            await Assertions.Expect(ticks.Nth(2).Locator("title")).ToHaveTextAsync("Mon 12 Jan 07:04 UTC+02:00 (T+4m)");
            Assert.DoesNotContain(await ticks.AllTextContentsAsync(), text => text.StartsWith("T+", StringComparison.Ordinal));
        }

        // The rating says who rated and when, as the reports do.
        await Assertions.Expect(evaluator.GetByTestId("objective-share-information").GetByTestId("rating-by").First)
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Eeva · Mon 12 Jan 07:08 UTC\+02:00 \(T\+8m\)$"));

        // The evaluator writes an area for improvement and an improvement-plan item for it.
        await evaluator.GetByTestId("finding-kind").SelectOptionAsync("area-for-improvement");
        await evaluator.GetByTestId("finding-objective").SelectOptionAsync("share-information");
        await evaluator.GetByTestId("finding-text").FillAsync("Estonia did not confirm what its landing station saw.");
        await evaluator.GetByTestId("finding-submit").ClickAsync();
        await Assertions.Expect(evaluator.GetByTestId("finding-F1")).ToContainTextAsync("did not confirm", new() { Timeout = 15_000 });
        await evaluator.GetByTestId("improvement-finding").SelectOptionAsync("F1");
        await evaluator.GetByTestId("improvement-action").FillAsync("Add the landing-station check to RIA's cable-fault checklist.");
        await evaluator.GetByTestId("improvement-owner").FillAsync("RIA duty officer");
        await evaluator.GetByTestId("improvement-due").FillAsync("2027-03-31");
        await evaluator.GetByTestId("improvement-submit").ClickAsync();
        await Assertions.Expect(evaluator.GetByTestId("improvement-IP1")).ToContainTextAsync("RIA duty officer", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(evaluator, "09-review-page");

        // Every moment on the page reads as the rating does, story time with the offset in brackets; every span in
        // the one duration format. q01 went out 1m in, Finland answered 4m in; the finding was written 8m in.
        // Cells: #, released, inject, team, acknowledged, answered, response.
        var q01Finland = evaluator.GetByTestId("review-injects").Locator("tbody tr")
            .Filter(new() { HasText = "Loss of signal on the Helsinki" }).Filter(new() { HasText = "Finland" }).Locator("td");
        await Assertions.Expect(q01Finland.Nth(1)).ToHaveTextAsync("Mon 12 Jan 07:01 UTC+02:00 (T+1m)");
        await Assertions.Expect(q01Finland.Nth(5)).ToHaveTextAsync("3m");
        await Assertions.Expect(evaluator.GetByTestId("finding-F1")).ToContainTextAsync("Eeva · Mon 12 Jan 07:08 UTC+02:00 (T+8m)");
        await Assertions.Expect(evaluator.GetByTestId("review-page")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"T\+\d\d:\d\d:\d\d"));

        // Replay: back to the moment Finland's answer met its expected action, Estonia's is still pending.
        var answeredAt = (await server.EventsAsync(id)).First(e => e.GetProperty("type").GetString() == "expected-action-met").GetProperty("seq").GetInt64();
        await evaluator.GetByTestId("replay-slider").FillAsync(answeredAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(evaluator.GetByTestId("replay-seq")).ToContainTextAsync(answeredAt.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 15_000 });
        await Assertions.Expect(evaluator.GetByTestId("replay-action-q01-ee-notify")).ToContainTextAsync("pending", new() { Timeout = 15_000, IgnoreCase = true });
        await Assertions.Expect(evaluator.GetByTestId("replay-action-q01-fi-notify")).ToContainTextAsync("met", new() { IgnoreCase = true });
        await Assertions.Expect(evaluator.GetByTestId("replay-lifecycle")).ToContainTextAsync("paused", new() { IgnoreCase = true });
        await evaluator.GetByTestId("replay-slider").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(evaluator, "10-review-replay");

        // The facilitator opens the HTML report from the review page; it is self-contained and prints.
        var control = await session.SignInAsync();
        await control.GotoAsync($"{baseUrl}/#/review/{id}");
        await BrowserFixture.Visible(control.GetByTestId("review-page"));

        // Control sees the inject flow on the review page too, drawn by the console's panel.
        await control.GetByTestId("show-flow").ClickAsync();
        await Assertions.Expect(control.GetByTestId("flow-picture")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await evaluator.GetByTestId("show-flow").CountAsync());
        var fetchedByReport = new List<string>();
        control.Context.Request += (_, request) =>
        {
            // A new page's first navigation has no frame yet; every other request names the page it came from.
            if (request.IsNavigationRequest || request.Frame.Page != control)
            {
                fetchedByReport.Add(request.Url);
            }
        };
        var report = await control.Context.RunAndWaitForPageAsync(() => control.GetByTestId("export-html").ClickAsync());
        await report.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(report.Locator("body")).ToContainTextAsync("Add the landing-station check to RIA's cable-fault checklist.");
        await Assertions.Expect(report.Locator("body")).ToContainTextAsync("About three minutes, through the chat.");
        Assert.True(await report.Locator("svg").CountAsync() >= 3);
        Assert.All(fetchedByReport, url => Assert.Contains($"/api/exercises/{id}/report?format=html", url, StringComparison.Ordinal));
        await BrowserFixture.ShotAsync(report, "11-html-report");
        await report.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = Path.Combine(BrowserFixture.Artifacts, "11-html-report.pdf");
        await report.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.True(new FileInfo(pdf).Length > 10_000);
    }

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

    private static async Task WaitForAsync(ServerProcess server, string id, string type)
    {
        for (var i = 0; i < 75; i++)
        {
            if ((await server.EventsAsync(id)).Any(e => e.GetProperty("type").GetString() == type))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"no {type} event in exercise {id}");
    }
}
