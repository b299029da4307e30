using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Text;

/// <summary>
/// The language one reader is shown a scenario in, and the one place that picks an item's words for it. An item is
/// shown in the reader's language only when its translation covers every text the item has, so no item mixes two
/// languages; otherwise it is shown as written, in the scenario's main language, and says so.
/// </summary>
public sealed class ReaderLanguage
{
    private ReaderLanguage(string main, string wanted)
    {
        Main = main;
        Wanted = wanted;
    }

    /// <summary>The scenario's first language, its items' own words; empty when the scenario names none.</summary>
    public string Main { get; }

    /// <summary>The language the reader asked for when the scenario offers it, else <see cref="Main"/>.</summary>
    public string Wanted { get; }

    /// <summary>The reader's language for a scenario: the one asked for if the scenario declares it, else its main one.</summary>
    public static ReaderLanguage For(Scenario scenario, string? wanted)
    {
        var main = scenario.Languages.Count > 0 ? scenario.Languages[0].Value : "";
        return new(main, wanted is not null && Offers(scenario, wanted) ? wanted : main);
    }

    /// <summary>Whether a participant may choose <paramref name="language"/>: one of the scenario's <c>languages</c>.</summary>
    public static bool Offers(Scenario scenario, string language) =>
        scenario.Languages.Any(l => string.Equals(l.Value, language, StringComparison.Ordinal));

    /// <summary>
    /// The words to show of an item with these translations and these texts as written (key, text); an absent or
    /// empty written text needs no translation.
    /// </summary>
    public ShownWords Pick(IReadOnlyList<Translation> translations, params ReadOnlySpan<(string Key, string? Written)> texts)
    {
        if (Wanted == Main)
        {
            return new ShownWords(null, Main);
        }

        foreach (var translation in translations)
        {
            if (translation.Language == Wanted && Covers(translation, texts))
            {
                return new ShownWords(translation, Wanted);
            }
        }

        return new ShownWords(null, Main);
    }

    private static bool Covers(Translation translation, ReadOnlySpan<(string Key, string? Written)> texts)
    {
        foreach (var (key, written) in texts)
        {
            if (!string.IsNullOrEmpty(written) && !translation.Texts.ContainsKey(key))
            {
                return false;
            }
        }

        return true;
    }
}
