using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// An inject body is Markdown rendered by markdown-it and sanitised by DOMPurify: script and event handlers written
/// in it never run, while its table, its link and the image from the exercise's media show — all under the page's CSP.
/// </summary>
public sealed class MediaBrowserTests
{
    private const string Scenario = """
        schema: 1
        id: media-safety
        title: Media and hostile markup
        clock:
          start: 2026-01-01T08:00:00Z
          duration: 2h
        sectors:
          - { id: energy, name: Energy, recovery: 4h }
        teams:
          - { id: red, name: Red, sees: [energy] }
        injects:
          - id: i1
            at: 1m
            to: red
            channel: sitrep
            title: Situation with a chart
            media: [chart.png]
            body: |
              <script>window.__pwned = 'script'</script>
              <img src="x" onerror="window.__pwned = 'onerror'">
              [click me](javascript:window.__pwned='link')

              ![Reports per hour](chart.png)

              | FIR | Reports |
              |-----|--------:|
              | Tallinn | 97 |

        """;

    [Fact]
    public async Task Script_in_a_body_does_not_run_and_the_media_image_shows()
    {
        var folder = Directory.CreateTempSubdirectory("browser-media-scenarios-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "media-safety.yaml"), Scenario, TestContext.Current.CancellationToken);
        var media = Directory.CreateDirectory(Path.Combine(folder, "media-safety", "media")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Scenarios, "gnss-interference-aviation", "media", "gnss-reports-per-hour.png"), Path.Combine(media, "chart.png"));
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("browser-media-").FullName, $"--Scenarios:Path={folder}");
        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var baseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "media-safety" }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
        var issued = await server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team = "red" }, TestContext.Current.CancellationToken);
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("code").GetString()!;
        (await server.Http.PostAsync($"/api/exercises/{id}/start", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await server.Http.PostAsync($"/api/exercises/{id}/pause", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await server.Http.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "2m" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var csp = new CspViolations();
        var page = await BrowserFixture.JoinAsync(browser, baseUrl, code, "Riina", csp);
        await page.GetByTestId("inbox-item-i1").ClickAsync();
        var body = page.Locator(".inject-detail .md-body");
        var image = body.Locator("img");
        await BrowserFixture.Visible(image);
        await Assertions.Expect(image).ToHaveAttributeAsync("src", $"/api/exercises/{id}/media/chart.png");
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        var width = await image.EvaluateAsync<int>("img => img.naturalWidth");
        await page.Locator(".inject-detail").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "40-inject-media-and-markdown");

        Assert.Equal(640, width);
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.Locator(".inject-detail script, .inject-detail [onerror]").CountAsync());
        Assert.Contains("<script>", await body.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("97", (await body.Locator("td.md-align-right").InnerTextAsync()).Trim());
        Assert.Null(await body.GetByText("click me").GetAttributeAsync("href"));
        Assert.Empty(csp.Messages);
    }
}
