using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>A mapping whose keys are single values; duplicates were already reported and dropped.</summary>
public sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceLocation start, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(start)
    {
        Entries = entries;
        ExpandedSize = 1 + entries.Sum(e => 1 + e.Value.ExpandedSize);
        ExpandedCharacters = entries.Sum(e => e.Key.ExpandedCharacters + e.Value.ExpandedCharacters);
    }

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string KindName => "a mapping";
}
