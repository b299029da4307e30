using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>
/// A YAML node that remembers where it starts. The loader builds these itself from parser events so that
/// duplicate keys, nesting depth and alias expansion are reported as located errors instead of exceptions.
/// </summary>
public abstract class YamlNode(SourceLocation start)
{
    public SourceLocation Start { get; } = start;

    /// <summary>How many nodes this one stands for once aliases are expanded: the guard against alias bombs.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>How many characters of keys and values this node stands for once aliases are expanded.</summary>
    public abstract long ExpandedCharacters { get; }

    public abstract string KindName { get; }
}
