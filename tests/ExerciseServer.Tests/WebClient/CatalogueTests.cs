using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.WebClient;

/// <summary>
/// The web client's interface catalogues (web-client/src/i18n/*.json): English and French have the same keys and
/// placeholders, every key the code asks for exists, and no text in the landing page, the participant view or the
/// components they use is written outside the catalogues.
/// </summary>
public sealed partial class CatalogueTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "web-client", "src");

    /// <summary>The landing page, the participant view and every component either uses.</summary>
    public static TheoryData<string> LocalisedFiles =>
    [
        "views/Landing.tsx", "views/Participant.tsx", "app.tsx", "components/ExerciseHeader.tsx", "components/ConnectionBanner.tsx",
        "components/GameClock.tsx", "components/HotWashPanel.tsx", "components/InjectContent.tsx", "components/MessageComposer.tsx",
        "components/EventList.tsx", "components/SectorPanel.tsx", "components/SectorChart.tsx", "components/StateBadge.tsx",
        "components/LanguagePicker.tsx", "components/ReadingLanguagePicker.tsx", "components/Messages.tsx",
    ];

    /// <summary>Words that are the same in every language: the product's name.</summary>
    private static readonly HashSet<string> Untranslated = ["ExerciseServer"];

    [Fact]
    public void English_and_French_have_the_same_keys_none_empty()
    {
        var english = Catalogue("en");
        var french = Catalogue("fr");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(french), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' is empty"));
    }

    [Fact]
    public void Each_text_has_the_same_placeholders_in_both_languages()
    {
        var french = Catalogue("fr");
        foreach (var (key, text) in Catalogue("en"))
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(french[key])), $"'{key}' has {{{{…}}}} placeholders that differ between en and fr");
        }
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_catalogue()
    {
        var english = Catalogue("en");
        var asked = Directory.EnumerateFiles(Source, "*.ts*", SearchOption.AllDirectories)
            .SelectMany(file => KeyCall().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(Source, file), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, a => Assert.True(english.ContainsKey(a.Key), $"{a.File} asks for '{a.Key}', which the catalogue lacks"));
    }

    [Fact]
    public void The_key_families_built_at_run_time_cover_every_word_the_server_sends()
    {
        var english = Catalogue("en");

        Assert.All(Enum.GetNames<ExerciseLifecycle>(), word => Assert.Contains($"lifecycle.{word.ToLowerInvariant()}", english.Keys));
        Assert.All(Enum.GetNames<InjectStatus>(), word => Assert.Contains($"statuses.{word.ToLowerInvariant()}", english.Keys));
        Assert.All(Enum.GetNames<SectorCondition>(), word => Assert.Contains($"states.{word.ToLowerInvariant()}", english.Keys));
        Assert.All(new[] { "connecting", "connected", "reconnecting", "disconnected" }, word => Assert.Contains($"connection.{word}", english.Keys));
        Assert.All(new[] { "control", "player", "observer", "evaluator" }, word => Assert.Contains($"roles.{word}", english.Keys));
    }

    [Theory]
    [MemberData(nameof(LocalisedFiles))]
    public void No_text_in_the_participant_view_is_left_outside_the_catalogue(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Source, file));

        var unlocalised = Unlocalised(lines).ToList();

        Assert.True(unlocalised.Count == 0, $"{file} has text outside the catalogue:\n{string.Join('\n', unlocalised)}");
    }

    [Fact]
    public void The_check_finds_text_written_in_place()
    {
        string[] lines =
        [
            "      <h2>Inbox</h2>",
            "          <p class=\"muted\">Nothing received yet.</p>",
            "        placeholder=\"Write a message\"",
            "            Acknowledged",
            "      <h2>{t('participant.inbox')}</h2>",
            "  onAdded: () => Promise<void>;",
            "        required",
        ];

        Assert.Equal(4, Unlocalised(lines).Count());
    }

    private static IEnumerable<string> Unlocalised(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal)
                || trimmed.StartsWith("import ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in InlineText().Matches(line))
            {
                if (!Untranslated.Contains(m.Groups["text"].Value.Trim()))
                {
                    yield return $"{i + 1}: {m.Groups["text"].Value.Trim()}";
                }
            }

            foreach (Match m in TextAttribute().Matches(line))
            {
                yield return $"{i + 1}: {m.Groups["text"].Value}";
            }

            if (TextAlone().IsMatch(line) && !CodeLine().IsMatch(trimmed))
            {
                yield return $"{i + 1}: {trimmed}";
            }
        }
    }

    private static Dictionary<string, string> Catalogue(string language)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Source, "i18n", $"{language}.json")))!.AsObject();
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, "", flat);
        return flat;
    }

    private static void Flatten(JsonObject node, string prefix, Dictionary<string, string> into)
    {
        foreach (var (key, value) in node)
        {
            if (value is JsonObject child)
            {
                Flatten(child, $"{prefix}{key}.", into);
            }
            else
            {
                into[$"{prefix}{key}"] = value!.GetValue<string>();
            }
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\{\s*\w+\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>t('a.b') and the channel-label keys written as plain strings.</summary>
    [GeneratedRegex(@"(?:\bt\(\s*|:\s*)'(?<key>(?:[a-zA-Z]+\.)+[a-zA-Z_]+)'")]
    private static partial Regex KeyCall();

    /// <summary>Text between a tag's end and the next tag: &gt;Inbox&lt; (not the arrow of =&gt;).</summary>
    [GeneratedRegex(@"(?<!=)>(?<text>[^<>{}()=;]*[A-Za-z]{2,}[^<>{}()=;]*)<")]
    private static partial Regex InlineText();

    [GeneratedRegex(@"\b(?:placeholder|aria-label|title|alt|label|text|empty|subtitle)=""(?<text>[^""]*[A-Za-z][^""]*)""")]
    private static partial Regex TextAttribute();

    /// <summary>A line that is only words: JSX text on a line of its own.</summary>
    [GeneratedRegex(@"^\s*[A-Za-z][^<>{}()=;:'""`]*$")]
    private static partial Regex TextAlone();

    /// <summary>Lines of code that look like words: keywords, and lower-case names such as a boolean attribute.</summary>
    [GeneratedRegex(@"^(?:(?:return|export|const|let|function|if|else|case|default|break|type|interface|async|await)\b|[a-z][\w.-]*$)")]
    private static partial Regex CodeLine();
}
