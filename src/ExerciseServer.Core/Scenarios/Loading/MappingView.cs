using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>A mapping already checked against its shape: unknown keys reported, lookups by key.</summary>
internal sealed class MappingView(YamlMapping node, Dictionary<string, YamlNode> values)
{
    public YamlMapping Node { get; } = node;

    public SourceLocation Location => Node.Start;

    public YamlNode? this[string key] => values.GetValueOrDefault(key);

    public bool Has(string key) => values.ContainsKey(key);

    public SourceLocation KeyLocation(string key) =>
        Node.Entries.FirstOrDefault(e => e.Key.Value == key).Key?.Start ?? Node.Start;
}
