using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The facilitator console draws the scenario's inject flow as a picture: Mermaid lays it out in the renderer frame,
/// the console shows the SVG as an image, and no page breaks its Content-Security-Policy on the way.
/// </summary>
public sealed class FlowPictureBrowserTests
{
    private const string Password = "browser flow picture test password";

    [Fact]
    public async Task The_console_draws_the_inject_flow_with_a_node_for_every_inject_and_no_csp_violation()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-flow-", Password);
        var exerciseId = await session.CreateExerciseAsync();
        var csp = new CspViolations();
        var page = await session.OpenConsoleAsync(exerciseId, csp: csp);
        await page.GetByTestId("console-tab-flow").ClickAsync();
        await page.GetByTestId("show-flow").ClickAsync();
        var picture = page.GetByTestId("flow-picture");
        await Assertions.Expect(picture).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("el => el.complete && el.naturalWidth > 0", await picture.ElementHandleAsync());
        await picture.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "40-console-inject-flow");
        await page.Locator(".flow-panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "41-console-inject-flow-panel.png") });

        var size = await picture.EvaluateAsync<int[]>("el => [el.naturalWidth, el.naturalHeight]");
        Assert.True(size[0] > 300 && size[1] > 300, $"the picture is {size[0]}×{size[1]}");
        var source = await picture.GetAttributeAsync("src") ?? "";
        Assert.StartsWith("data:image/svg+xml", source, StringComparison.Ordinal);
        var svg = Uri.UnescapeDataString(source[(source.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "40-console-inject-flow.svg"), svg);
        // One node per inject of the quickstart (i1 … i6), each laid out in a phase lane, with its story time.
        for (var number = 1; number <= 6; number++)
        {
            Assert.Matches($"<g [^>]*id=\"[^\"]*flowchart-i{number}-", svg);
        }

        // Mermaid sets each label line in its own text spans: read the words without the markup.
        var words = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(svg, "<[^>]+>", " "), @"\s+", " ");
        Assert.Contains("Mon 12 Jan 07:01 UTC+02:00 (T+1m)", words, StringComparison.Ordinal);
        Assert.Contains("Loss of signal on the Helsinki", words, StringComparison.Ordinal);
        Assert.Contains("class=\"cluster", svg, StringComparison.Ordinal);
        Assert.True(csp.Messages.Count == 0, string.Join("\n", csp.Messages));
        // The picture is an image: none of Mermaid's elements or styles entered the console's own page.
        Assert.Equal(0, await page.Locator("svg[id^='flow-']").CountAsync());
    }
}
