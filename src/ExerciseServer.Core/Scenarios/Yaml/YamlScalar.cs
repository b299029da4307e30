using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>A single value, with how it was written: a plain scalar is where YAML 1.1 surprises live.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(SourceLocation start, string value, bool isPlain, bool isBlock)
        : base(start)
    {
        Value = value;
        IsPlain = isPlain;
        IsBlock = isBlock;
    }

    // A scenario has hundreds of thousands of scalars: these are computed, not stored.
    public override long ExpandedSize => 1;

    public override long ExpandedCharacters => Value.Length;

    public string Value { get; }

    /// <summary>Written without quotes and without an explicit string tag.</summary>
    public bool IsPlain { get; }

    /// <summary>A literal (|) or folded (&gt;) block, whose text starts on the next line.</summary>
    public bool IsBlock { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "an empty value" : "a single value";

    /// <summary>Where a character of the value sits in the file, when that can be known exactly.</summary>
    public SourceLocation LocationOfOffset(int offset)
    {
        if (IsBlock || Value.Contains('\n', StringComparison.Ordinal))
        {
            return Start;
        }

        return Start.Shift(offset + (IsPlain ? 0 : 1));
    }
}
