using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceLocation start, IReadOnlyList<YamlNode> items)
        : base(start)
    {
        Items = items;
        long size = 1, characters = 0;
        for (var i = 0; i < items.Count; i++)
        {
            size += items[i].ExpandedSize;
            characters += items[i].ExpandedCharacters;
        }

        ExpandedSize = size;
        ExpandedCharacters = characters;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedCharacters { get; }

    public override string KindName => "a list";
}
