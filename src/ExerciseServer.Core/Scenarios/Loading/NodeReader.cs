using System.Globalization;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Typed reads of YAML nodes. Each read reports what is wrong where it is written and returns null (or a
/// default) so that reading goes on and every problem in the file is found in one pass.
/// </summary>
internal sealed partial class NodeReader(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Report(DiagnosticDescriptor descriptor, SourceLocation at, string message) => Diagnostics.Report(descriptor, at, message);

    public MappingView? Mapping(YamlNode? node, ObjectShape shape, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            if (node is YamlScalar { IsNull: true })
            {
                var needs = shape.Required.Count > 0 ? shape.Required : shape.Keys;
                Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} is empty; it needs {(shape.Required.Count > 0 ? "the keys" : "one of the keys")} {string.Join(", ", needs.Select(k => $"'{k}'"))}");
            }
            else
            {
                Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} must be a mapping of keys to values, not {node.KindName}");
            }

            return null;
        }

        var view = new MappingView(mapping, shape);
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries[i].Key;
            if (shape.Allows(key.Value))
            {
                continue;
            }

            var hint = DidYouMean.Hint(key.Value, shape.Keys);
            Report(DiagnosticCodes.UnknownKey, key.Start, $"unknown key '{key.Value}' in {what}{hint}");
        }

        for (var i = 0; i < shape.Required.Count; i++)
        {
            var required = shape.Required[i];
            if (!view.Has(required))
            {
                Report(DiagnosticCodes.MissingKey, mapping.Start, $"{what} needs '{required}'");
            }
        }

        return view;
    }

    /// <summary>A list; with <paramref name="allowSingle"/>, a single value is read as a list of one.</summary>
    public IReadOnlyList<YamlNode> List(YamlNode? node, string what, bool allowSingle = false)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar when allowSingle:
                return [node];
            default:
                Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} must be a list (items starting with '- '), not {node.KindName}");
                return [];
        }
    }

    public YamlScalar? Scalar(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} is empty");
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} must be a single value, not {node.KindName}");
                return null;
        }
    }

    public string? Text(YamlNode? node, string what)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE")
        {
            Report(DiagnosticCodes.InvalidValue, scalar.Start, $"{what}: the unquoted '{scalar.Value}' is a boolean in YAML; put text in quotes");
            return null;
        }

        if (scalar.IsPlain)
        {
            WarnAmbiguous(scalar, what);
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Report(DiagnosticCodes.EmptyText, scalar.Start, $"{what} is blank");
        }

        return scalar.Value;
    }

    /// <summary>Text under a key that may be left out: null when it is, checked like <see cref="Text"/> when it is not.</summary>
    public string? OptionalText(YamlNode? node, string what) => node is null ? null : Text(node, what);

    public string? Id(YamlNode? node, string what, bool isTeam = false)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(scalar.Value))
        {
            Report(DiagnosticCodes.InvalidId, scalar.Start,
                $"'{Shorten(scalar.Value)}' is not a valid id: use lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters");
            return null;
        }

        if (isTeam && Audience.Keywords.Contains(scalar.Value))
        {
            Report(DiagnosticCodes.InvalidId, scalar.Start, $"'{scalar.Value}' is reserved for audiences ({string.Join(", ", Audience.Keywords)}); choose another team id");
            return null;
        }

        return scalar.Value;
    }

    public Reference? Reference(YamlNode? node, string what)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(scalar.Value))
        {
            Report(DiagnosticCodes.InvalidId, scalar.Start, $"'{Shorten(scalar.Value)}' cannot be an id: ids are lower-case letters, digits, '-' and '_'");
            return null;
        }

        return new Reference(scalar.Value, scalar.Start);
    }

    /// <summary><c>team/role</c> in an audience: two ids around one '/'.</summary>
    public RoleAddress? RoleAddress(YamlScalar scalar)
    {
        var parts = scalar.Value.Split(Model.RoleAddress.Separator);
        if (parts.Length != 2 || !IdPattern().IsMatch(parts[0]) || !IdPattern().IsMatch(parts[1]))
        {
            Report(DiagnosticCodes.InvalidId, scalar.Start, $"'{Shorten(scalar.Value)}' is not a team role: write the team id, '/', and the role id, such as fi-gov/minister");
            return null;
        }

        return new RoleAddress(new Reference(parts[0], scalar.Start), new Reference(parts[1], scalar.LocationOfOffset(parts[0].Length + 1)));
    }

    public IReadOnlyList<Reference> References(YamlNode? node, string what)
    {
        var result = new List<Reference>();
        foreach (var item in List(node, what, allowSingle: true))
        {
            if (Reference(item, what) is { } reference)
            {
                result.Add(reference);
            }
        }

        return result;
    }

    /// <summary>Names mapped to amounts, such as a team's resources or an option's changes to them.</summary>
    public IEnumerable<(string Name, double Value, SourceLocation Location)> Amounts(YamlNode? node, string what, double min, double max)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            yield break;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} must map names to amounts, such as 'repair_vessels: 2', not {node.KindName}");
            yield break;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            var name = Id(key, "a resource name");
            var amount = Number(value, $"the amount of '{key.Value}'", min, max);
            if (name is not null && amount is not null)
            {
                yield return (name, amount.Value, key.Start);
            }
        }
    }

    public double? Number(YamlNode? node, string what, double min, double max)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value;
        if (scalar.IsPlain && DurationFormat.SexagesimalPattern().IsMatch(text))
        {
            Report(DiagnosticCodes.Yaml11Sexagesimal, scalar.Start, $"{what}: YAML 1.1 reads '{text}' as a base-60 number; write the number you mean");
            return null;
        }

        if (!scalar.IsPlain)
        {
            Report(DiagnosticCodes.InvalidValue, scalar.Start, $"{what} is a number; write it without quotes");
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Report(DiagnosticCodes.InvalidValue, scalar.Start, $"{what} must be a number, not '{Shorten(text)}'");
            return null;
        }

        if (value < min || value > max)
        {
            Report(DiagnosticCodes.OutOfRange, scalar.Start,
                $"{what} is {value.ToString(CultureInfo.InvariantCulture)}; it must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    public bool? Boolean(YamlNode? node, string what)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }

            if (Yaml11BooleanPattern().IsMatch(scalar.Value))
            {
                Report(DiagnosticCodes.Yaml11Boolean, scalar.Start,
                    $"{what}: '{scalar.Value}' is a boolean only in YAML 1.1; write true or false");
                return null;
            }
        }

        Report(DiagnosticCodes.InvalidValue, scalar.Start, $"{what} must be true or false (without quotes), not '{Shorten(scalar.Value)}'");
        return null;
    }

    public Located<TimeSpan>? Duration(YamlNode? node, string what, bool positive = false)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        var result = DurationFormat.TryParse(scalar.Value, out var value);
        var shown = Shorten(scalar.Value);
        switch (result)
        {
            case DurationParseResult.Ok when positive && value <= TimeSpan.Zero:
                Report(DiagnosticCodes.ZeroDuration, scalar.Start, $"{what} must be longer than zero");
                return null;
            case DurationParseResult.Ok:
                return new Located<TimeSpan>(value, scalar.Start);
            case DurationParseResult.Negative:
                Report(DiagnosticCodes.NegativeDuration, scalar.Start, $"{what} is '{shown}'; offsets, delays and deadlines cannot be negative");
                return null;
            case DurationParseResult.Sexagesimal:
                Report(DiagnosticCodes.Yaml11Sexagesimal, scalar.Start,
                    $"{what}: YAML 1.1 reads '{shown}' as a base-60 number; write a duration such as 1h30m or PT1H30M");
                return null;
            case DurationParseResult.MissingUnit:
                Report(DiagnosticCodes.InvalidDuration, scalar.Start, $"{what} '{shown}' has no unit; write for example {shown}m or PT{shown}M");
                return null;
            case DurationParseResult.TooLarge:
                Report(DiagnosticCodes.OutOfRange, scalar.Start, $"{what} '{shown}' is longer than {DurationFormat.Max.TotalDays:0} days");
                return null;
            default:
                Report(DiagnosticCodes.InvalidDuration, scalar.Start,
                    $"{what} '{shown}' is not a duration; write ISO-8601 (PT2H30M, P1DT6H) or the short form (2h30m, 1d6h, 45m)");
                return null;
        }
    }

    public DateTimeOffset? DateTime(YamlNode? node, string what)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(scalar.Value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && (scalar.Value.EndsWith('Z') || OffsetPattern().IsMatch(scalar.Value)))
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidDateTime, scalar.Start,
            $"{what} '{Shorten(scalar.Value)}' must be an ISO-8601 date and time with its offset, such as 2026-02-10T07:00:00+02:00 or 2026-02-10T05:00:00Z");
        return null;
    }

    public TEnum? Enum<TEnum>(YamlNode? node, string what)
        where TEnum : struct, System.Enum
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        var words = EnumWords<TEnum>();
        foreach (var (word, value) in words)
        {
            if (word == scalar.Value)
            {
                return value;
            }
        }

        Report(DiagnosticCodes.InvalidValue, scalar.Start,
            $"{what} '{Shorten(scalar.Value)}' is not one of {string.Join(", ", words.Select(w => w.Word))}{DidYouMean.Hint(scalar.Value, words.Select(w => w.Word))}");
        return null;
    }

    public Condition? Condition(YamlNode? node, string what)
    {
        var scalar = Scalar(node, what);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && (scalar.Value is "true" or "false" || Yaml11BooleanPattern().IsMatch(scalar.Value)))
        {
            Report(DiagnosticCodes.ConditionSyntax, scalar.Start, $"{what} must be a condition such as inoperability(energy) >= 0.3, not '{scalar.Value}'");
            return null;
        }

        return ConditionParser.Parse(scalar.Value, scalar.LocationOfOffset, Diagnostics);
    }

    /// <summary>The enum's members as scenario words: <c>SectorAlert</c> is written <c>sector_alert</c>.</summary>
    public static IReadOnlyList<(string Word, TEnum Value)> EnumWords<TEnum>()
        where TEnum : struct, System.Enum => EnumWordList<TEnum>.Words;

    private void WarnAmbiguous(YamlScalar scalar, string what)
    {
        if (Yaml11BooleanPattern().IsMatch(scalar.Value))
        {
            Report(DiagnosticCodes.AmbiguousScalar, scalar.Start,
                $"{what}: YAML 1.1 tools read the unquoted '{scalar.Value}' as a boolean; put it in quotes");
        }
        else if (DurationFormat.SexagesimalPattern().IsMatch(scalar.Value))
        {
            Report(DiagnosticCodes.AmbiguousScalar, scalar.Start,
                $"{what}: YAML 1.1 tools read the unquoted '{scalar.Value}' as a base-60 number; put it in quotes");
        }
    }

    /// <summary>Built once per enum: a 28,000-inject scenario reads a channel for every inject.</summary>
    private static class EnumWordList<TEnum>
        where TEnum : struct, System.Enum
    {
        public static readonly IReadOnlyList<(string Word, TEnum Value)> Words =
            System.Enum.GetValues<TEnum>().Select(v => (ScenarioWords.Of(v), v)).ToArray();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11BooleanPattern();

    [GeneratedRegex(@"[+-]\d\d:?\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
