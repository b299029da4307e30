using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// The quickstart played with the keyboard only (Tab, Shift+Tab, Enter, Space, typing; no clicks): the facilitator
/// signs in, starts, moves to the next injects, releases an on-demand inject and ends the exercise; a participant
/// joins, opens an inject, acknowledges it, answers it and takes its decision. Every element that receives focus on
/// the way shows a focus indicator (an outline or a box shadow), and the client's stylesheet has a global
/// :focus-visible rule. The one native dialog ("End the exercise for everyone?") is accepted as Enter would.
/// </summary>
public sealed class KeyboardBrowserTests(ITestOutputHelper output)
{
    private const int MaxPresses = 150;

    [Fact]
    public async Task A_participant_and_the_facilitator_play_the_quickstart_with_the_keyboard_only_and_focus_is_always_visible()
    {
        await using var session = await FacilitatorBrowser.StartAsync("browser-keyboard-", "browser keyboard test password");
        var id = await session.CreateExerciseAsync(name: "Keyboard walk-through");
        var code = await IssueCodeAsync(session, id);
        var unseen = new List<string>();

        // The facilitator signs in and opens the exercise from the library by keyboard.
        var control = await (await session.Browser.NewContextAsync(BrowserFixture.Desktop)).NewPageAsync();
        control.Dialog += (_, dialog) => dialog.AcceptAsync();
        await control.GotoAsync(session.BaseUrl);
        await TabToAsync(control, "facilitator-password", unseen);
        await control.Keyboard.TypeAsync(session.Password);
        await control.Keyboard.PressAsync("Enter");
        await BrowserFixture.Visible(control.GetByTestId($"exercise-link-{id}"));
        await TabToAsync(control, $"exercise-link-{id}", unseen);
        await control.Keyboard.PressAsync("Enter");
        await BrowserFixture.Visible(control.GetByTestId("control-start"));

        // The participant joins by keyboard.
        var participant = await (await session.Browser.NewContextAsync(BrowserFixture.Desktop)).NewPageAsync();
        await participant.GotoAsync(session.BaseUrl);
        await TabToAsync(participant, "join-code", unseen);
        await participant.Keyboard.TypeAsync(code);
        await TabToAsync(participant, "join-name", unseen);
        await participant.Keyboard.TypeAsync("Aino");
        await participant.Keyboard.PressAsync("Enter");
        await BrowserFixture.Visible(participant.GetByTestId("clock"));

        // Start, then three times "Next inject": q01 to q03 are out, q03 with its decision for Finland.
        await TabToAsync(control, "control-start", unseen);
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.GetByTestId("control-lifecycle")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        for (var i = 0; i < 3; i++)
        {
            // A button disabled while its command runs loses focus: tab back to it each time.
            await Assertions.Expect(control.GetByTestId("control-jump-next")).ToBeEnabledAsync();
            await TabToAsync(control, "control-jump-next", unseen);
            await control.Keyboard.PressAsync("Enter");
            await control.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(control.GetByTestId("msel-row-q03-reroute")).ToHaveAttributeAsync("data-status", "released", new() { Timeout = 15_000 });

        // The on-demand photo released from the deck (the console's first tab).
        await TabToAsync(control, "deck-release-q06-ship", unseen);
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.GetByTestId("msel-row-q06-ship")).ToHaveAttributeAsync("data-status", "released", new() { Timeout = 15_000 });

        // The participant opens q03, acknowledges it, answers it and decides.
        await BrowserFixture.Visible(participant.GetByTestId("inbox-item-q03-reroute"));
        await TabToAsync(participant, "inbox-item-q03-reroute", unseen);
        await participant.Keyboard.PressAsync("Enter");
        await TabToAsync(participant, "acknowledge", unseen);
        await participant.Keyboard.PressAsync("Enter");
        await BrowserFixture.Visible(participant.GetByTestId("acknowledged"));

        // A radio group is one Tab stop; Space picks the focused option.
        await TabToAsync(participant, "option-reroute-now", unseen);
        await participant.Keyboard.PressAsync("Space");
        await Assertions.Expect(participant.GetByTestId("option-reroute-now")).ToBeCheckedAsync();
        await TabToAsync(participant, "decide", unseen);
        await participant.Keyboard.PressAsync("Enter");
        await Assertions.Expect(participant.GetByTestId("decision-chosen")).ToContainTextAsync("Reroute now", new() { Timeout = 15_000 });

        await TabToAsync(participant, "response-text", unseen);
        await participant.Keyboard.TypeAsync("Rerouting priority traffic over the land route; RIA informed.");
        await TabToAsync(participant, "response-send", unseen);
        await participant.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.GetByTestId("feed")).ToContainTextAsync("Rerouting priority traffic", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(participant, "50-keyboard-participant");

        // The facilitator ends the exercise: End lies before the deck, so Shift+Tab back to it.
        await TabToAsync(control, "control-end", unseen, backwards: true);
        await control.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control.GetByTestId("control-lifecycle")).ToHaveTextAsync("ended", new() { Timeout = 15_000 });
        await BrowserFixture.Visible(participant.GetByTestId("hotwash-panel"));
        await BrowserFixture.ShotAsync(control, "51-keyboard-console-ended");

        var events = (await session.Server.EventsAsync(id)).Select(e => e.GetProperty("type").GetString()).ToList();
        foreach (var type in new[] { "exercise-started", "inject-released", "inject-acknowledged", "decision-taken", "inject-responded", "exercise-ended" })
        {
            Assert.Contains(type, events);
        }

        Assert.True(unseen.Count == 0, "focused without a visible focus indicator:\n" + string.Join('\n', unseen));
        Assert.True(await control.EvaluateAsync<bool>(HasGlobalFocusVisibleRule), "the client's stylesheet has no global :focus-visible rule");
    }

    /// <summary>
    /// Presses Tab (or Shift+Tab) until the element with <paramref name="testId"/> has focus, noting every element on
    /// the way that shows no focus indicator.
    /// </summary>
    private async Task TabToAsync(IPage page, string testId, List<string> unseen, bool backwards = false)
    {
        for (var press = 0; press < MaxPresses; press++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await page.EvaluateAsync<string[]?>(FocusedElement);
            if (focused is null)
            {
                continue;
            }

            if (focused[1] != "visible")
            {
                unseen.Add($"{page.Url}: {focused[0]}");
            }

            if (focused[2] == testId)
            {
                output.WriteLine($"{testId}: reached after {press + 1} {(backwards ? "Shift+Tab" : "Tab")}");
                return;
            }
        }

        throw new TimeoutException($"{testId} was not reached with {MaxPresses} {(backwards ? "Shift+Tab" : "Tab")} presses on {page.Url}");
    }

    /// <summary>The focused element (a short description, whether a focus ring shows, its test id), or null on the body.</summary>
    private const string FocusedElement = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const name = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || '').trim().slice(0, 40);
          const what = `${e.tagName.toLowerCase()}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''} "${name}"`;
          return [what, outline || shadow ? 'visible' : 'none', e.dataset.testid ?? ''];
        }
        """;

    /// <summary>Whether a loaded stylesheet styles every element's :focus-visible (a rule whose selector is the bare pseudo-class).</summary>
    private const string HasGlobalFocusVisibleRule = """
        () => [...document.styleSheets].some(sheet => {
          try { return [...sheet.cssRules].some(r => r.selectorText && r.selectorText.split(',').map(x => x.trim()).some(x => x === ':focus-visible' || x === '*:focus-visible') && r.style.outlineStyle !== 'none'); }
          catch { return false; }
        })
        """;

    private static async Task<string> IssueCodeAsync(FacilitatorBrowser session, string id)
    {
        var response = await session.Server.Http.PostAsync($"/api/exercises/{id}/codes", System.Net.Http.Json.JsonContent.Create(new { team = "fi-ncsc" }));
        response.EnsureSuccessStatusCode();
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        return body.GetProperty("code").GetString()!;
    }
}
