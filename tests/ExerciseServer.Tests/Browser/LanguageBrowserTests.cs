using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Issue 14's languages in Chromium: on the GNSS scenario an Estonian participant joins in Estonian and a Finnish
/// one in Finnish, each reads the same inject in its own language, and the Finnish participant's interface is in
/// French. An inject the scenario has not translated says it is shown in English; switching the reading language
/// in the view re-reads everything. Screenshots go to test-artifacts/browser/.
/// </summary>
public sealed class LanguageBrowserTests
{
    private const string Password = "browser language test password";

    [Fact]
    public async Task Estonian_and_finnish_participants_read_the_same_inject_in_their_languages_one_with_a_french_interface()
    {
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("browser-languages-").FullName, $"--Facilitator:Password={Password}");
        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var baseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
        var csp = new CspViolations();
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "gnss-interference-aviation" });
        var exerciseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var estonian = await JoinAsync(browser, csp, baseUrl, await IssueCodeAsync(server, exerciseId, "ee-aviation"), "Kadri", "et", interfaceLanguage: null);
        var finnish = await JoinAsync(browser, csp, baseUrl, await IssueCodeAsync(server, exerciseId, "fi-aviation"), "Aino", "fi", interfaceLanguage: "fr");

        // The team names come in each participant's language, the interface in English and in French.
        await Assertions.Expect(estonian.Locator(".subtitle")).ToContainTextAsync("Transpordiamet ja aeronavigatsiooniteenused");
        await Assertions.Expect(finnish.Locator(".subtitle")).ToContainTextAsync("Suomen ilmailuviranomaiset");
        await Assertions.Expect(estonian.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
        await Assertions.Expect(finnish.GetByRole(AriaRole.Heading, new() { Name = "Boîte de réception" })).ToBeVisibleAsync();
        await Assertions.Expect(finnish.GetByText("L'exercice n'a pas encore commencé", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal("fr", await finnish.EvaluateAsync<string>("() => document.documentElement.lang"));

        // Control starts; at 30 minutes the pilot reports reach both teams.
        (await server.Http.PostAsync(new Uri($"/api/exercises/{exerciseId}/start", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await server.Http.PostAsJsonAsync($"/api/exercises/{exerciseId}/jump", new { to = "31m" })).EnsureSuccessStatusCode();

        await Read(estonian, "g02-pilot-reports");
        await Read(finnish, "g02-pilot-reports");
        await Assertions.Expect(estonian.Locator(".inject-detail")).ToContainTextAsync("GNSS-häired Soome lahe ja Eesti kohal");
        await Assertions.Expect(estonian.Locator(".inject-detail")).ToContainTextAsync("Häiritud ala ulatub ligikaudu Hangost Tartuni");
        await Assertions.Expect(finnish.Locator(".inject-detail")).ToContainTextAsync("GNSS-häiriöitä Suomenlahden ja Viron yllä");
        await Assertions.Expect(finnish.Locator(".inject-detail")).ToContainTextAsync("Häiriöalue ulottuu suunnilleen Hangosta Tartoon");
        await Assertions.Expect(finnish.GetByTestId("acknowledge")).ToHaveTextAsync("Accuser réception");
        await Assertions.Expect(finnish.GetByText("Alertes sectorielles", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.Equal(0, await estonian.Locator(".inject-detail").GetByTestId("shown-in").CountAsync());
        await BrowserFixture.ShotAsync(estonian, "40-language-estonian-participant");
        await BrowserFixture.ShotAsync(finnish, "41-language-finnish-participant-french-interface");

        // An inject with no Estonian translation is shown in English and says so; its decision is in Estonian.
        (await server.Http.PostAsJsonAsync($"/api/exercises/{exerciseId}/jump", new { to = "11h1m" })).EnsureSuccessStatusCode();
        await Read(estonian, "g11-tartu-approach");
        await Assertions.Expect(estonian.Locator(".inject-detail").GetByTestId("shown-in").First).ToHaveTextAsync("Shown in English");
        await Assertions.Expect(estonian.Locator(".decision")).ToContainTextAsync("Kuidas saab Tartu lähenemisprotseduuri, mis ei sõltu GNSS-ist?");
        await Assertions.Expect(estonian.Locator(".decision")).ToContainTextAsync("Oodata sügisel valmivat püsivat ILS-i");
        await BrowserFixture.ShotAsync(estonian, "42-language-shown-in-english");

        // The Estonian participant switches to English in the view: the same inject is re-read in English, after the
        // view has reconnected with its re-issued cookie (seconds on a loaded CI machine).
        // The inbox is read again in English once the view has reconnected; a click before that lands on the old list,
        // which the reconnect replaces, so wait for the English title in the inbox first.
        await estonian.GetByTestId("reading-language").SelectOptionAsync("en");
        var english = "GNSS interference reported over the Gulf of Finland and Estonia";
        await Assertions.Expect(estonian.GetByTestId("inbox-item-g02-pilot-reports")).ToContainTextAsync(english, new() { Timeout = 20_000 });
        await Read(estonian, "g02-pilot-reports");
        await Assertions.Expect(estonian.Locator(".inject-detail")).ToContainTextAsync(english, new() { Timeout = 20_000 });
        await Assertions.Expect(estonian.Locator(".subtitle")).ToContainTextAsync("Estonian Transport Administration", new() { Timeout = 20_000 });
        await BrowserFixture.ShotAsync(estonian, "43-language-switched-to-english");

        Assert.True(csp.Messages.Count == 0, "Content-Security-Policy violations:\n" + string.Join('\n', csp.Messages));
    }

    private static async Task<IPage> JoinAsync(IBrowser browser, CspViolations csp, string baseUrl, string code, string name, string language, string? interfaceLanguage)
    {
        var page = await csp.NewPageAsync(browser);
        await page.GotoAsync(baseUrl);
        if (interfaceLanguage is not null)
        {
            await page.GetByTestId("ui-language").SelectOptionAsync(interfaceLanguage);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rejoindre un exercice" })).ToBeVisibleAsync();
            await BrowserFixture.ShotAsync(page, "44-language-join-form-in-french");
        }

        await page.GetByTestId("join-code").FillAsync(code);
        await page.GetByTestId("join-name").FillAsync(name);
        await page.GetByTestId("join-language").SelectOptionAsync(language);
        await page.GetByTestId("join-submit").ClickAsync();
        await BrowserFixture.Visible(page.GetByTestId("clock"));
        return page;
    }

    private static async Task Read(IPage page, string injectId)
    {
        var item = page.GetByTestId($"inbox-item-{injectId}");
        await BrowserFixture.Visible(item);
        await item.ClickAsync();
    }

    private static async Task<string> IssueCodeAsync(ServerProcess server, string exerciseId, string team)
    {
        var response = await server.Http.PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", new { team });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }
}
