using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// Less repetition: injects take 'to', 'channel' and 'from' from their phase's inject_defaults, else the file's, and
/// YAML merge keys pull in a template; the inject's own key always wins, and a problem in a default or a template
/// is reported once, where it is written.
/// </summary>
public sealed class InjectDefaultsTests
{
    private const string File = "scenarios/defaults.yaml";

    private const string People = """
        teams:
          - id: red
            name: Red
            sees: [energy]
          - id: blue
            name: Blue
            sees: [energy]
        personas:
          - id: tso
            name: Grid operator
          - id: press
            name: Reporter
        phases:
          - id: p1
            title: Detection
            starts: 0m
          - id: p2
            title: Escalation
            starts: 1h
            inject_defaults: { to: blue, channel: news }

        """;

    [Fact]
    public void An_inject_takes_its_own_key_then_its_phases_default_then_the_files()
    {
        var scenario = Load(Header + Sectors + People + """
            inject_defaults:
              to: red
              channel: phone
              from: tso
            injects:
              - { id: file-defaults, at: 10m, title: A }
              - { id: phase-defaults, phase: p2, at: 70m, title: B }
              - { id: own-keys, phase: p2, at: 80m, title: C, to: all, channel: email, from: press }
              - { id: mixed, phase: p1, at: 20m, title: D, channel: sitrep }

            """);

        Assert.Equal(("red", InjectChannel.Phone, "tso"), Keys(scenario, "file-defaults"));
        Assert.Equal(("blue", InjectChannel.News, "tso"), Keys(scenario, "phase-defaults"));
        Assert.Equal(("all", InjectChannel.Email, "press"), Keys(scenario, "own-keys"));
        Assert.Equal(("red", InjectChannel.Sitrep, "tso"), Keys(scenario, "mixed"));
    }

    [Fact]
    public void A_merge_key_pulls_in_a_template_and_the_injects_own_keys_win_before_or_after_it()
    {
        var scenario = Load(Header + Sectors + People + """
            templates:
              grid-call: &grid-call { to: red, channel: phone, from: tso }
              press: &press { to: all, channel: news, from: press }
            injects:
              - { id: plain, at: 10m, title: A, <<: *grid-call }
              - { channel: email, <<: *grid-call, id: before, at: 20m, title: B }
              - { <<: [*press, *grid-call], id: listed, at: 30m, title: C }

            """);

        Assert.Equal(("red", InjectChannel.Phone, "tso"), Keys(scenario, "plain"));
        Assert.Equal(("red", InjectChannel.Email, "tso"), Keys(scenario, "before"));
        Assert.Equal(("all", InjectChannel.News, "press"), Keys(scenario, "listed"));
    }

    [Fact]
    public void Defaults_and_templates_play_as_the_same_injects_written_out()
    {
        var shortened = Load(Header + Sectors + People + """
            templates:
              call: &call { channel: phone, from: tso }
            inject_defaults: { to: red }
            injects:
              - { id: a, at: 10m, title: A, <<: *call }
              - { id: b, phase: p2, at: 70m, title: B }

            """);
        var written = Load(Header + Sectors + People + """
            injects:
              - { id: a, at: 10m, title: A, to: red, channel: phone, from: tso }
              - { id: b, phase: p2, at: 70m, title: B, to: blue, channel: news }

            """);

        Assert.Equal(written.Injects.Select(i => i with { Location = default, To = i.To with { Location = default } }).Select(Describe),
            shortened.Injects.Select(i => i with { Location = default, To = i.To with { Location = default } }).Select(Describe));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            "ES103",
            People + "injects:\n  - «{ id: a, at: 10m, title: A }\n",
            "needs 'to', or a 'to' in the inject_defaults of its phase or of the file"
        },
        {
            "ES102",
            People + "inject_defaults: { to: red, «titel: x }\ninjects:\n  - { id: a, at: 10m, title: A }\n",
            "unknown key 'titel' in the file's inject_defaults"
        },
        {
            "ES105",
            People + "templates:\n  t: &t { to: red, channel: «fax }\ninjects:\n  - { id: a, at: 10m, title: A, <<: *t }\n  - { id: b, at: 20m, title: B, <<: *t }\n  - { id: c, at: 30m, title: C, <<: *t }\n",
            "fax"
        },
        {
            "ES301",
            People.Replace("inject_defaults: { to: blue, channel: news }", "inject_defaults: { to: «green, channel: news }", StringComparison.Ordinal)
                + "injects:\n  - { id: a, phase: p2, at: 70m, title: A }\n  - { id: b, phase: p2, at: 80m, title: B }\n",
            "green"
        },
        {
            "ES104",
            People + "injects:\n  - { id: a, at: 10m, title: A, to: red, <<: «5 }\n",
            "'<<' merges mappings"
        },
        {
            "ES101",
            People + "templates:\n  t: &t { to: red }\ninjects:\n  - { id: a, at: 10m, title: A, <<: *t, «<<: *t }\n",
            "merge several mappings with one list"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_in_a_default_or_a_template_is_reported_once_where_it_is_written(string code, string body, string words)
    {
        var (text, expected) = MarkedScenario.Parse(File, Header + Sectors + body);

        var result = ScenarioLoader.Load(File, text);

        var found = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.True(expected == found.Location, $"expected {expected}, got {found}\nall: {string.Join('\n', result.Diagnostics)}");
        Assert.Contains(words, found.Message, StringComparison.Ordinal);
    }

    private static Scenario Load(string text)
    {
        var result = ScenarioLoader.Load(File, text);
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        return result.Scenario!;
    }

    private static (string To, InjectChannel Channel, string? From) Keys(Scenario scenario, string id)
    {
        var inject = scenario.Injects.Single(i => i.Id == id);
        var to = inject.To.AllPlayers ? "all" : string.Join(',', inject.To.Teams.Select(t => t.Id));
        return (to, inject.Channel, inject.From?.Id);
    }

    private static string Describe(Inject inject) =>
        $"{inject.Id} {inject.Phase?.Id} {inject.At?.Value} {inject.Title} {inject.Channel} {inject.From?.Id} " +
        $"{string.Join(',', inject.To.Teams.Select(t => t.Id))} {inject.To.AllPlayers}";
}
