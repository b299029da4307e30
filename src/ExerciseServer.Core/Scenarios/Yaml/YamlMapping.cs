using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>A mapping whose keys are single values; duplicates were already reported and dropped.</summary>
public sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceLocation start, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(start)
    {
        Entries = entries;
        long size = 1, characters = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            size += 1 + entries[i].Value.ExpandedSize;
            characters += entries[i].Key.ExpandedCharacters + entries[i].Value.ExpandedCharacters;
        }

        ExpandedSize = size;
        ExpandedCharacters = characters;
    }

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedCharacters { get; }

    public override string KindName => "a mapping";
}
