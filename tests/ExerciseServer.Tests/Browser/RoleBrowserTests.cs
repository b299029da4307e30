using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Roles inside a team on the flagship, in Chromium: the facilitator issues a code for Finland's Border Guard liaison
/// from the console's code table; the liaison reads the role's briefing before the start while a Finnish teammate
/// signed in for the whole team does not; a message control sends to that role reaches the liaison alone.
/// </summary>
public sealed class RoleBrowserTests
{
    private const string Password = "browser roles password";
    private const string Flagship = "baltic-critical-infrastructure";
    private const string Role = "fi-gov/border";

    [Fact]
    public async Task A_role_code_shows_the_briefing_before_start_and_a_message_to_the_role_reaches_only_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("browser-roles-").FullName, $"--Facilitator:Password={Password}");
        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var baseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = Flagship, name = "Roles walk-through" }, cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetString()!;
        var teamCode = await server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team = "fi-gov" }, cancel);
        var wholeTeam = (await teamCode.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("code").GetString()!;
        var csp = new CspViolations();

        // The facilitator issues the liaison's code from the row of that role in the code table.
        var control = await csp.NewPageAsync(browser);
        await control.SetViewportSizeAsync(1440, 900);
        await control.GotoAsync(baseUrl);
        await control.GetByTestId("facilitator-password").FillAsync(Password);
        await control.GetByTestId("facilitator-submit").ClickAsync();
        await BrowserFixture.Visible(control.GetByTestId("create-exercise-quickstart"));
        await control.GotoAsync($"{baseUrl}/#/control/{id}");
        await control.GetByTestId("console-tab-codes").ClickAsync();
        await Assertions.Expect(control.GetByTestId($"codes-for-{Role}")).ToContainTextAsync("Border Guard and police liaison", new() { Timeout = 15_000 });
        await control.GetByTestId($"issue-code-{Role}").ClickAsync();
        var issued = control.GetByTestId($"issued-code-{Role}");
        await Assertions.Expect(issued).ToHaveTextAsync(new Regex(@"^[A-Z0-9]{5}-[A-Z0-9]{5}$"), new() { Timeout = 15_000 });
        var roleCode = (await issued.InnerTextAsync()).Trim();
        await control.Locator("section.codes").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "45-codes-for-a-role.png") });

        // Before the start: the liaison reads the role's briefing; the teammate signed in for the team does not.
        var liaison = await BrowserFixture.JoinAsync(browser, baseUrl, roleCode, "Ville", csp);
        await BrowserFixture.Visible(liaison.GetByTestId("briefing-fi-gov-border"));
        await Assertions.Expect(liaison.GetByTestId("briefing-fi-gov-border")).ToContainTextAsync("Border Guard");
        await BrowserFixture.ShotAsync(liaison, "45-role-briefing-before-start");
        var teammate = await BrowserFixture.JoinAsync(browser, baseUrl, wholeTeam, "Aino", csp);
        await BrowserFixture.Visible(teammate.GetByTestId("clock"));
        Assert.Equal(0, await teammate.GetByTestId("briefing-fi-gov-border").CountAsync());

        // In play, control writes to the role: the liaison reads it, the rest of the team does not.
        (await server.Http.PostAsync($"/api/exercises/{id}/start", null, cancel)).EnsureSuccessStatusCode();
        (await server.Http.PostAsync($"/api/exercises/{id}/pause", null, cancel)).EnsureSuccessStatusCode();
        const string Text = "Liaison only: is a boarding team ready at Porkkala by 14:00?";
        await control.GetByTestId("console-tab-message").ClickAsync();
        await control.GetByTestId("control-message-to").SelectOptionAsync(Role);
        await control.GetByTestId("control-message-text").FillAsync(Text);
        await control.GetByTestId("control-message-send").ClickAsync();
        await BrowserFixture.Visible(liaison.GetByText(Text));
        await BrowserFixture.ShotAsync(liaison, "46-message-to-a-role");
        await teammate.ReloadAsync();
        await BrowserFixture.Visible(teammate.GetByTestId("clock"));
        await teammate.WaitForTimeoutAsync(1_000);
        Assert.Equal(0, await teammate.GetByText(Text).CountAsync());
        Assert.Empty(csp.Messages);
    }
}
