using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceLocation start, IReadOnlyList<YamlNode> items)
        : base(start)
    {
        Items = items;
        ExpandedSize = 1 + items.Sum(i => i.ExpandedSize);
        ExpandedCharacters = items.Sum(i => i.ExpandedCharacters);
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}
