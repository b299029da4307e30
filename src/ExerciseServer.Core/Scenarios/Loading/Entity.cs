using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>A keyed entity that <see cref="EntityReader"/> opened: its mapping, checked against its shape, and its usable id.</summary>
internal readonly struct Entity(MappingView map, string id, EntityKind kind, TranslationReader translations)
{
    public string Id => id;

    public MappingView Map => map;

    /// <summary>Where the entity is written, for the model and for messages about it: at its id.</summary>
    public SourceLocation Location => map["id"]!.Start;

    /// <summary>How messages name it: <c>inject 'i-01'</c>.</summary>
    public string Named => kind.Named(id);

    public YamlNode? this[string key] => map[key];

    public bool Has(string key) => map.Has(key);

    public SourceLocation KeyLocation(string key) => map.KeyLocation(key);

    /// <summary>
    /// Its <c>translations</c>. Read when the caller asks, in the same place as the entity's other keys, so the
    /// diagnostics come in reading order.
    /// </summary>
    public IReadOnlyList<Translation> Translations() =>
        translations.Read(map["translations"], kind.TranslationShape ?? throw new InvalidOperationException($"a {kind.Noun} has no translations"), Named);
}
