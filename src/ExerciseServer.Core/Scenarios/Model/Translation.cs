using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// An item's words in another of the scenario's languages, field by field as the item writes them
/// (title and body of an inject, name of a team, action of an expected action, …).
/// </summary>
public sealed record Translation(string Language, IReadOnlyDictionary<string, string> Texts, SourceLocation Location)
{
    /// <summary>An inject's translation, as the MSEL import and export still write it.</summary>
    public Translation(string language, string? title, string? body, SourceLocation location)
        : this(language, Fields(("title", title), ("body", body)), location)
    {
    }

    public string? Title => Texts.GetValueOrDefault("title");

    public string? Body => Texts.GetValueOrDefault("body");

    private static Dictionary<string, string> Fields(params (string Key, string? Text)[] fields) =>
        fields.Where(f => f.Text is not null).ToDictionary(f => f.Key, f => f.Text!, StringComparer.Ordinal);
}
