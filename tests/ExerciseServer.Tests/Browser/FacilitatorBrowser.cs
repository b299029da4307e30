using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The preamble most browser tests share: the server as its own process with a facilitator password, Chromium, an
/// exercise created over the API, and a page signed in as the facilitator with the console open. Disposing closes
/// the browser and then kills the server.
/// </summary>
public sealed class FacilitatorBrowser : IAsyncDisposable
{
    private FacilitatorBrowser(ServerProcess server, IPlaywright playwright, IBrowser browser, string password)
    {
        Server = server;
        Playwright = playwright;
        Browser = browser;
        Password = password;
        BaseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
    }

    public ServerProcess Server { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }
    public string Password { get; }
    public string BaseUrl { get; }

    /// <summary>A server on a fresh data folder named after <paramref name="folderPrefix"/>, signed-in with <paramref name="password"/>.</summary>
    public static async Task<FacilitatorBrowser> StartAsync(string folderPrefix, string password, params string[] extraArgs)
    {
        var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory(folderPrefix).FullName, [$"--Facilitator:Password={password}", .. extraArgs]);
        try
        {
            var (playwright, browser) = await BrowserFixture.LaunchAsync();
            return new FacilitatorBrowser(server, playwright, browser, password);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an exercise of <paramref name="scenarioId"/> over the API (the server's own token) and returns its id.</summary>
    public async Task<string> CreateExerciseAsync(string scenarioId = "quickstart", string? name = null)
    {
        var created = await Server.Http.PostAsJsonAsync("/api/exercises", name is null ? new { scenarioId } : (object)new { scenarioId, name });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Signs the facilitator in on <paramref name="page"/> (a new desktop page when null) and waits for the library.</summary>
    public async Task<IPage> SignInAsync(IPage? page = null, CspViolations? csp = null)
    {
        page ??= csp is null ? await (await Browser.NewContextAsync(BrowserFixture.Desktop)).NewPageAsync() : await csp.NewPageAsync(Browser);
        await page.GotoAsync(BaseUrl);
        await page.GetByTestId("facilitator-password").FillAsync(Password);
        await page.GetByTestId("facilitator-submit").ClickAsync();
        await BrowserFixture.Visible(page.GetByTestId("create-exercise-quickstart"));
        return page;
    }

    /// <summary>Signs in (on <paramref name="page"/> or a new page) and opens the console of <paramref name="exerciseId"/>.</summary>
    public async Task<IPage> OpenConsoleAsync(string exerciseId, IPage? page = null, CspViolations? csp = null)
    {
        page = await SignInAsync(page, csp);
        await page.GotoAsync($"{BaseUrl}/#/control/{exerciseId}");
        await BrowserFixture.Visible(page.GetByTestId("clock"));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
    }
}
