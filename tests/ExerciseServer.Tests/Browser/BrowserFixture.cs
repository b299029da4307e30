using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright (no browser download), and a folder for screenshots.</summary>
public static class BrowserFixture
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(Shared.RepositoryPaths.Root, "test-artifacts", "browser")).FullName;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing; tests/run.sh installs the Debian package chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    public static BrowserNewContextOptions Desktop { get; } = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } };

    /// <summary>A participant, observer or evaluator signs in with a join code in a context of their own.</summary>
    public static async Task<IPage> JoinAsync(IBrowser browser, string baseUrl, string code, string name, CspViolations? csp = null)
    {
        var page = csp is null ? await (await browser.NewContextAsync(Desktop)).NewPageAsync() : await csp.NewPageAsync(browser);
        await page.GotoAsync(baseUrl);
        await page.GetByTestId("join-code").FillAsync(code);
        await page.GetByTestId("join-name").FillAsync(name);
        await page.GetByTestId("join-submit").ClickAsync();
        await Visible(page.GetByTestId("clock"));
        return page;
    }

    public static Task Visible(ILocator locator) => Assertions.Expect(locator.First).ToBeVisibleAsync(new() { Timeout = 15_000 });

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
}
