using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// The one way a keyed entity is opened: its mapping checked against its shape (unknown and missing keys reported
/// where they are written), then its id checked. An entity whose mapping or id is unusable is left out, and reading
/// goes on with the rest; whether ids are unique and references resolve is stage two's check.
/// </summary>
internal sealed class EntityReader(NodeReader read)
{
    private readonly TranslationReader _translations = new(read);

    public Entity? Open(YamlNode node, EntityKind kind) => Open(node, kind, out _);

    /// <param name="map">The checked mapping even when the id is unusable, for keys an author should hear about anyway.</param>
    public Entity? Open(YamlNode node, EntityKind kind, out MappingView? map)
    {
        map = read.Mapping(node, kind.Shape, kind.WithArticle);
        var id = map is null ? null : read.Id(map["id"], kind.IdWhat, kind.IsTeam);
        return map is null || id is null ? null : new Entity(map, id, kind, _translations);
    }

    /// <summary>The list under <paramref name="what"/>, each item opened as a <paramref name="kind"/> and built; unusable items left out.</summary>
    public IEnumerable<T> List<T>(YamlNode? node, string what, EntityKind kind, Func<Entity, T?> build)
        where T : class =>
        Items(node, what, item => Open(item, kind) is { } entity ? build(entity) : null);

    /// <summary>The list under <paramref name="what"/>, each item read on its own; unusable items left out.</summary>
    public IEnumerable<T> Items<T>(YamlNode? node, string what, Func<YamlNode, T?> readItem)
        where T : class =>
        read.List(node, what).Select(readItem).OfType<T>();
}
