using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// The mistakes people make editing YAML by hand are reported in plain words at the line and column of the mistake
/// (« marks it), with the parser's own text kept as a detail — not where the parser happened to stop.
/// </summary>
public sealed class YamlSyntaxErrorTests
{
    private const string File = "scenarios/typo.yaml";

    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            "tab inside a list item",
            "title: x\nteams:\n  - id: a\n«\t  name: b\n",
            "a tab in the indentation; YAML indents with spaces only"
        },
        {
            "tab before a key, two lines below where the parser stops",
            "title: x\nclock:\n«\tstart: 2027-01-01T00:00Z\n",
            "a tab in the indentation"
        },
        {
            "key indented more than the one above",
            "title: x\nclock:\n  start: a\n    «speed: 1\nteams: []\n",
            "indented more than the line above it (line 3)"
        },
        {
            "key indented less than the one above",
            "title: x\nclock:\n  start: a\n «speed: 1\nteams: []\n",
            "does not match the keys around it (the line above starts at column 3)"
        },
        {
            "list item without its dash",
            "title: x\nteams:\n  - id: a\n    name: A\n  «id: b\n    name: B\ninjects: []\n",
            "inside a list but does not start with '- '"
        },
        {
            "double quote never closed",
            "title: «\"Cable cut\nteams: []\ninjects: []\n",
            "the double quote opened here is not closed on this line"
        },
        {
            "apostrophe inside single quotes",
            "title: x\nbody: 'It'«s broken'\nteams: []\n",
            "inside single quotes write an apostrophe as two ('It''s')"
        },
        {
            "': ' inside unquoted text",
            "title: Note«: read this\nteams: []\n",
            "a ': ' inside unquoted text"
        },
        {
            "bracket never closed",
            "title: x\nteams: [red, «{blue\ninjects: []\n",
            "the '{' opened here is never closed"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_common_mistake_is_explained_at_its_own_line_and_column(string mistake, string marked, string explanation)
    {
        var (text, expected) = MarkedScenario.Parse(File, marked);

        var result = ScenarioLoader.Load(File, text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Code, error.Code);
        Assert.True(expected == error.Location, $"{mistake}: expected {expected}, got {error}");
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parsers_own_words_are_kept_as_a_detail()
    {
        var result = ScenarioLoader.Load(File, "title: Note: read this\nteams: []\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.EndsWith("(YAML parser: While scanning a plain scalar value, found invalid mapping)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_inside_a_block_of_text_is_content_not_indentation()
    {
        var text = "title: x\nbody: |\n  line one\n  \tindented with a tab after the spaces\nteams: []\n";

        var result = ScenarioLoader.Load(File, text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax.Code);
    }
}
