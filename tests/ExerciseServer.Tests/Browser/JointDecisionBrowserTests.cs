using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Joint decisions in Chromium: an EU and a NATO participant each see the decision put to both, with the rule and
/// the other's vote once cast; under 'all' NATO refuses, so there is no agreement and the default applies; under
/// 'lead' the EU advises and NATO decides. A third team never sees either. The review page shows every vote and how
/// each decision resolved. Screenshots go to test-artifacts/browser/.
/// </summary>
public sealed class JointDecisionBrowserTests
{
    private const string Password = "browser joint password";

    private const string Scenario = """
        schema: 1
        id: joint-browser
        title: Joint decisions in the browser
        clock:
          start: 2026-01-01T08:00:00Z
          duration: 4h
        sectors:
          - { id: energy, name: Energy, recovery: 4h }
        teams:
          - { id: ec, name: European Commission, sees: [energy] }
          - { id: nato, name: NATO, sees: [energy] }
          - { id: fi-gov, name: Finland, sees: [energy] }
        injects:
          - id: attribution
            at: 1m
            to: [ec, nato]
            channel: briefing
            title: Attribute the cable cuts together?
            decision: joint-attribution
          - id: repair
            at: 2m
            to: [ec, nato]
            title: Which cable is repaired first?
            decision: repair-priority
          - id: national
            at: 2m
            to: fi-gov
            title: National situation report
          - id: statement
            to: all
            title: Joint statement
          - id: holding
            to: [ec, nato]
            title: No joint line tonight
        decisions:
          - id: joint-attribution
            title: Attribute publicly, together?
            teams: [ec, nato]
            rule: all
            within: 2h
            default: hold
            options:
              - { id: attribute, title: Joint attribution statement, follow_ups: [statement] }
              - { id: hold, title: Hold and keep assessing, follow_ups: [holding] }
          - id: repair-priority
            title: Which cable first?
            teams: [ec, nato]
            rule: { lead: nato }
            within: 2h
            default: north
            options:
              - { id: north, title: North cable first }
              - { id: south, title: South cable first }

        """;

    [Fact]
    public async Task Two_teams_vote_one_refuses_under_all_and_the_lead_decides_and_the_review_shows_the_votes()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("browser-joint-scenarios-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "joint-browser.yaml"), Scenario, ct);
        await using var server = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("browser-joint-").FullName, $"--Scenarios:Path={folder}", $"--Facilitator:Password={Password}");
        var (playwright, browser) = await BrowserFixture.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var baseUrl = server.Http.BaseAddress!.ToString().TrimEnd('/');
        var created = await server.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = "joint-browser" }, ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        var csp = new CspViolations();
        var eu = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, "ec"), "Elena", csp);
        var nato = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, "nato"), "Niels", csp);
        var finland = await BrowserFixture.JoinAsync(browser, baseUrl, await CodeAsync(server, id, "fi-gov"), "Aino", csp);
        (await server.Http.PostAsync($"/api/exercises/{id}/start", null, ct)).EnsureSuccessStatusCode();
        (await server.Http.PostAsync($"/api/exercises/{id}/pause", null, ct)).EnsureSuccessStatusCode();
        (await server.Http.PostAsJsonAsync($"/api/exercises/{id}/jump", new { to = "3m" }, ct)).EnsureSuccessStatusCode();

        // Under 'all' the EU votes to attribute; NATO sees the EU's vote with who cast it, and refuses.
        await eu.GetByTestId("inbox-item-attribution").ClickAsync();
        await Assertions.Expect(eu.GetByTestId("joint-rule")).ToContainTextAsync("Every team must choose the same option");
        await eu.GetByTestId("joint-option-attribute").CheckAsync();
        await eu.GetByTestId("joint-vote").ClickAsync();
        await Assertions.Expect(eu.GetByTestId("joint-vote-ec")).ToContainTextAsync("Joint attribution statement", new() { Timeout = 15_000 });
        await nato.GetByTestId("inbox-item-attribution").ClickAsync();
        await Assertions.Expect(nato.GetByTestId("joint-vote-ec")).ToContainTextAsync("Joint attribution statement — Elena", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(nato, "50-joint-all-nato-sees-eu-vote");
        await nato.GetByTestId("joint-refuse").ClickAsync();

        // No agreement: the default applies at once, both see it, and the default's follow-up arrives.
        await Assertions.Expect(nato.GetByTestId("joint-resolution")).ToContainTextAsync("no agreement: default applied", new() { Timeout = 15_000 });
        await Assertions.Expect(eu.GetByTestId("joint-vote-nato")).ToContainTextAsync("refused", new() { Timeout = 15_000 });
        await Assertions.Expect(eu.GetByTestId("joint-resolution")).ToContainTextAsync("Hold and keep assessing", new() { Timeout = 15_000 });
        await BrowserFixture.Visible(eu.GetByTestId("inbox-item-holding"));
        await BrowserFixture.ShotAsync(eu, "51-joint-all-not-agreed");

        // Under 'lead' the EU advises south; NATO, the lead, may not refuse and decides north.
        await eu.GetByTestId("inbox-item-repair").ClickAsync();
        await Assertions.Expect(eu.GetByTestId("joint-rule")).ToContainTextAsync("NATO decides after the other teams advise");
        await eu.GetByTestId("joint-option-south").CheckAsync();
        await eu.GetByTestId("joint-vote").ClickAsync();
        await nato.GetByTestId("inbox-item-repair").ClickAsync();
        await Assertions.Expect(nato.GetByTestId("joint-vote-ec")).ToContainTextAsync("South cable first", new() { Timeout = 15_000 });
        Assert.Equal(0, await nato.GetByTestId("joint-refuse").CountAsync());
        await nato.GetByTestId("joint-option-north").CheckAsync();
        await nato.GetByTestId("joint-vote").ClickAsync();
        await Assertions.Expect(nato.GetByTestId("joint-resolution")).ToContainTextAsync("decided by the lead team", new() { Timeout = 15_000 });
        await Assertions.Expect(eu.GetByTestId("joint-resolution")).ToContainTextAsync("North cable first", new() { Timeout = 15_000 });
        await BrowserFixture.ShotAsync(eu, "52-joint-lead-decided");

        // Finland is party to neither decision: it sees neither the presenting injects nor the votes.
        await BrowserFixture.Visible(finland.GetByTestId("inbox-item-national"));
        Assert.Equal(0, await finland.GetByTestId("inbox-item-attribution").CountAsync());
        Assert.Equal(0, await finland.GetByTestId("joint-decision").CountAsync());

        // The facilitator's review shows each vote and how each decision resolved.
        var control = await csp.NewPageAsync(browser);
        await control.GotoAsync(baseUrl);
        await control.GetByTestId("facilitator-password").FillAsync(Password);
        await control.GetByTestId("facilitator-submit").ClickAsync();
        await BrowserFixture.Visible(control.GetByTestId("create-exercise-joint-browser"));
        await control.GotoAsync($"{baseUrl}/#/review/{id}");
        await BrowserFixture.Visible(control.GetByTestId("review-decisions"));
        await Assertions.Expect(control.GetByTestId("joint-vote-joint-attribution-ec")).ToContainTextAsync("Joint attribution statement — Elena");
        await Assertions.Expect(control.GetByTestId("joint-vote-joint-attribution-nato")).ToContainTextAsync("refused — Niels");
        await Assertions.Expect(control.GetByTestId("joint-resolution-joint-attribution")).ToHaveTextAsync("no agreement: default applied");
        await Assertions.Expect(control.GetByTestId("joint-vote-repair-priority-ec")).ToContainTextAsync("South cable first");
        await Assertions.Expect(control.GetByTestId("joint-resolution-repair-priority")).ToHaveTextAsync("decided by the lead team");
        await control.GetByTestId("review-decisions").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(control, "53-joint-review-votes");
        Assert.Empty(csp.Messages);
    }

    private static async Task<string> CodeAsync(ServerProcess server, string id, string team)
    {
        var issued = await server.Http.PostAsJsonAsync($"/api/exercises/{id}/codes", new { team }, TestContext.Current.CancellationToken);
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("code").GetString()!;
    }
}
