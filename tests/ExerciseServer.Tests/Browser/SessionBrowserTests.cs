using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Ending sessions from the facilitator console in Chromium: a code is shown once, when issued; control ends one
/// participant's session from the presence list and that participant's page returns to sign-in saying why;
/// re-issuing a code shows the new one and signs out whoever joined with the old one.
/// </summary>
public sealed class SessionBrowserTests
{
    private const string Password = "browser session test password";

    [Fact]
    public async Task Control_ends_a_session_and_reissues_a_code_from_the_console()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-sessions-", Password);
        var (browser, baseUrl) = (session.Browser, session.BaseUrl);
        var exerciseId = await session.CreateExerciseAsync();

        var control = await (await browser.NewContextAsync(BrowserFixture.Desktop)).NewPageAsync();
        control.Dialog += (_, dialog) => dialog.AcceptAsync();
        await session.OpenConsoleAsync(exerciseId, control);

        // Issued in the console (its Codes tab), shown there once; Aino joins with it.
        await control.GetByTestId("console-tab-codes").ClickAsync();
        await control.GetByTestId("issue-code-fi-ncsc").ClickAsync();
        var issued = control.GetByTestId("issued-code-fi-ncsc");
        await Assertions.Expect(issued).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[0-9A-Z]{5}-[0-9A-Z]{5}"));
        var code = (await issued.InnerTextAsync()).Trim();
        var aino = await BrowserFixture.JoinAsync(browser, baseUrl, code, "Aino");
        await control.GetByTestId("console-tab-people").ClickAsync();
        var presence = control.GetByTestId("presence-item").Filter(new() { HasText = "Aino" });
        await BrowserFixture.Visible(presence);

        // Control ends Aino's session: her page goes back to sign-in and says why.
        await presence.GetByTestId("end-session").ClickAsync();
        await BrowserFixture.Visible(aino.GetByTestId("join-code"));
        await Assertions.Expect(aino.Locator(".notice")).ToContainTextAsync("session has ended", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(aino, "20-participant-session-ended");

        // Kadri joins with the same code; control re-issues it: a new code is shown and Kadri is signed out.
        var kadri = await BrowserFixture.JoinAsync(browser, baseUrl, code, "Kadri");
        await control.ReloadAsync();
        await control.GetByTestId("console-tab-codes").ClickAsync();
        await Assertions.Expect(control.GetByTestId("issued-code-fi-ncsc")).ToHaveCountAsync(0);
        await control.Locator("[data-testid^=reissue-]").First.ClickAsync();
        await Assertions.Expect(control.GetByTestId("issued-code-fi-ncsc")).Not.ToHaveTextAsync(code, new() { Timeout = 15_000 });
        await Assertions.Expect(control.GetByTestId("issued-code-fi-ncsc")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[0-9A-Z]{5}-[0-9A-Z]{5}"));
        await BrowserFixture.Visible(kadri.GetByTestId("join-code"));
        await BrowserFixture.ShotAsync(control, "21-control-codes-reissued");
    }
}
