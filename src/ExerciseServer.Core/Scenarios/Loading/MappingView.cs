using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// A mapping already checked against its shape: unknown keys reported, lookups by key. Duplicate keys were dropped
/// when the tree was built, so the first entry with a key is its only one. Lookups scan the entries: a scenario
/// mapping has at most a score of keys, and a 28,000-inject file has over 100,000 mappings, for each of which a
/// dictionary would be garbage that the collector copies while the whole tree is alive.
/// </summary>
internal sealed class MappingView(YamlMapping node, ObjectShape shape)
{
    public YamlMapping Node { get; } = node;

    public SourceLocation Location => Node.Start;

    public YamlNode? this[string key] => Find(key)?.Value;

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation KeyLocation(string key) => Find(key)?.Key.Start ?? Node.Start;

    /// <summary>The entry for a key the shape allows; unknown keys were reported and are not read.</summary>
    private KeyValuePair<YamlScalar, YamlNode>? Find(string key)
    {
        var entries = Node.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key)
            {
                return shape.Allows(key) ? entries[i] : null;
            }
        }

        return null;
    }
}
