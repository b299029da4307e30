using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Text;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// Every text a participant reads can be translated in the one form <c>translations: { fi: { key: … } }</c>;
/// a language the header does not declare is a located ES206; <see cref="ReaderLanguage"/> picks each item's words.
/// </summary>
public sealed class TranslationTests
{
    private const string File = "scenarios/languages.yaml";

    private const string Translated = """
        schema: 1
        id: t
        title: Test
        languages: [en, fi, et]
        clock:
          start: 2026-01-01T00:00:00Z
          duration: 2h
        sectors:
          - id: energy
            name: Energy
            recovery: 4h
            translations:
              fi: { name: Energia }
        actors:
          - { id: fin, name: Finland, translations: { fi: { name: Suomi } } }
        teams:
          - id: red
            name: Red team
            sees: [energy]
            roles:
              - { id: lead, name: Lead, translations: { et: { name: Juht } } }
            translations:
              fi: { name: Punainen joukkue }
              et: { name: Punane meeskond }
        phases:
          - id: p1
            title: Detection
            starts: 0m
            translations:
              fi: { title: Havaitseminen, summary: Alku }
        injects:
          - id: i1
            at: 10m
            to: red
            title: Blackout
            body: The grid is down.
            translations:
              fi: { title: Sähkökatko, body: Verkko on alhaalla. }
              et: { title: Elektrikatkestus }
            decision: d1
            expected_actions:
              - id: a1
                action: Call the operator.
                within: 1h
                translations:
                  fi: { action: Soita operaattorille. }
        decisions:
          - id: d1
            title: Ration power?
            description: Only one option can be afforded.
            by: red
            translations:
              fi: { title: Säännöstelläänkö sähköä?, description: Vain yhteen on varaa. }
            options:
              - { id: ration, title: Ration, translations: { fi: { title: Säännöstele } } }
              - { id: wait, title: Wait }
        hot_wash:
          - id: q1
            question: What went well?
            translations:
              et: { question: Mis läks hästi? }

        """;

    [Fact]
    public void Every_translatable_item_reads_the_same_form()
    {
        var result = ScenarioLoader.Load(File, Translated);
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        var scenario = result.Scenario!;

        Assert.Equal("Energia", scenario.Sectors[0].Translations.Single().Texts["name"]);
        Assert.Equal("Suomi", scenario.Actors[0].Translations.Single().Texts["name"]);
        Assert.Equal(["fi", "et"], scenario.Teams[0].Translations.Select(t => t.Language));
        Assert.Equal("Juht", scenario.Teams[0].Roles[0].Translations.Single().Texts["name"]);
        Assert.Equal("Alku", scenario.Phases[0].Translations.Single().Texts["summary"]);
        Assert.Equal("Verkko on alhaalla.", scenario.Injects[0].Translations[0].Body);
        Assert.Equal("Soita operaattorille.", scenario.Injects[0].ExpectedActions[0].Translations.Single().Texts["action"]);
        Assert.Equal("Vain yhteen on varaa.", scenario.Decisions[0].Translations.Single().Texts["description"]);
        Assert.Equal("Säännöstele", scenario.Decisions[0].Options[0].Translations.Single().Texts["title"]);
        Assert.Equal("Mis läks hästi?", scenario.HotWash[0].Translations.Single().Texts["question"]);
    }

    [Theory]
    [InlineData("      fi: { name: Energia }", "      sv: { name: Energia }", "sector 'energy' has a 'sv' translation")]
    [InlineData("{ fi: { name: Suomi } }", "{ de: { name: Suomi } }", "actor 'fin' has a 'de' translation")]
    [InlineData("{ et: { name: Juht } }", "{ lv: { name: Juht } }", "role 'lead' of team 'red' has a 'lv' translation")]
    [InlineData("      fi: { title: Havaitseminen, summary: Alku }", "      en: { title: Havaitseminen, summary: Alku }", "main language, so the own words of phase 'p1'")]
    [InlineData("          fi: { action: Soita operaattorille. }", "          fr: { action: Soita operaattorille. }", "expected action 'a1' has a 'fr' translation")]
    [InlineData("{ fi: { title: Säännöstele } }", "{ fx: { title: Säännöstele } }", "option 'ration' of decision 'd1' has a 'fx' translation")]
    [InlineData("      et: { question: Mis läks hästi? }", "      ee: { question: Mis läks hästi? }", "hot-wash question 'q1' has a 'ee' translation")]
    public void A_translation_into_an_undeclared_language_is_ES206_where_it_is_written(string find, string replace, string message)
    {
        var text = Translated.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Translated, text);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, text).Diagnostics);

        Assert.Equal("ES206", diagnostic.Code);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains(replace.Trim(), StringComparison.Ordinal)) + 1;
        Assert.Equal(line, diagnostic.Location.Line);
    }

    [Fact]
    public void A_translation_with_a_key_the_item_does_not_have_is_an_unknown_key()
    {
        var text = Translated.Replace("et: { question: Mis läks hästi? }", "et: { title: Mis läks hästi? }", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, text).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("ES102", diagnostic.Code);
        Assert.Contains("'et' translation of hot-wash question 'q1'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_sees_an_item_in_their_language_only_when_its_translation_covers_every_text()
    {
        var scenario = ScenarioLoader.Load(File, Translated).Scenario!;
        var inject = scenario.Injects[0];

        var finnish = ReaderLanguage.For(scenario, "fi").Pick(inject.Translations, ("title", inject.Title), ("body", inject.Body));
        var estonian = ReaderLanguage.For(scenario, "et").Pick(inject.Translations, ("title", inject.Title), ("body", inject.Body));

        Assert.Equal(("fi", "Sähkökatko", "Verkko on alhaalla."), (finnish.Language, finnish.Text("title", inject.Title), finnish.Text("body", inject.Body)));
        // The Estonian translation has no body: the whole inject is shown as written, in English, and says so.
        Assert.Equal(("en", "Blackout", "The grid is down."), (estonian.Language, estonian.Text("title", inject.Title), estonian.Text("body", inject.Body)));
    }

    [Fact]
    public void A_language_the_scenario_does_not_offer_reads_the_main_one()
    {
        var scenario = ScenarioLoader.Load(File, Translated).Scenario!;
        var team = scenario.Teams[0];

        Assert.Equal("en", ReaderLanguage.For(scenario, "fr").Wanted);
        Assert.Equal("en", ReaderLanguage.For(scenario, null).Wanted);
        Assert.Equal("Red team", ReaderLanguage.For(scenario, "fr").Pick(team.Translations, ("name", team.Name)).Text("name", team.Name));
        Assert.Equal("Punane meeskond", ReaderLanguage.For(scenario, "et").Pick(team.Translations, ("name", team.Name)).Text("name", team.Name));
        Assert.True(ReaderLanguage.Offers(scenario, "et"));
        Assert.False(ReaderLanguage.Offers(scenario, "fr"));
    }

    [Fact]
    public void An_optional_text_left_out_needs_no_translation()
    {
        var scenario = ScenarioLoader.Load(File, Translated).Scenario!;
        var option = scenario.Decisions[0].Options[0];

        var words = ReaderLanguage.For(scenario, "fi").Pick(option.Translations, ("title", option.Title), ("description", option.Description));

        Assert.Equal(("fi", "Säännöstele", null), (words.Language, words.Text("title", option.Title), words.Optional("description", option.Description)));
    }

    [Fact]
    public void A_scenario_without_languages_shows_everything_as_written()
    {
        var scenario = ScenarioLoader.Load(File, Minimal).Scenario!;

        var words = ReaderLanguage.For(scenario, "fi").Pick(scenario.Injects[0].Translations, ("title", scenario.Injects[0].Title));

        Assert.Equal(("", "Hello"), (words.Language, words.Text("title", "Hello")));
    }
}
