using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Text;

/// <summary>An item's words as one reader is shown them: from a translation, or as written; and in which language.</summary>
public readonly record struct ShownWords(Translation? Translation, string Language)
{
    /// <summary>The text under <paramref name="key"/> in the shown language; <paramref name="written"/> when shown as written.</summary>
    public string Text(string key, string written) => Translation?.Texts.GetValueOrDefault(key) ?? written;

    public string? Optional(string key, string? written) => written is null ? null : Translation?.Texts.GetValueOrDefault(key) ?? written;
}
