using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ExerciseServer.Core.Scenarios.Writing;

/// <summary>
/// Scalars as the scenario loader reads them back unchanged: ids and durations plain, free text double-quoted
/// (or as a literal block when it spans lines), so no YAML 1.1/1.2 ambiguity (ES116) and no lost whitespace.
/// </summary>
public static partial class YamlText
{
    /// <summary>Plain when it is a word no YAML reader takes for a number, boolean or null; quoted otherwise.</summary>
    public static string Word(string value) =>
        PlainWordPattern().IsMatch(value) && !AmbiguousPattern().IsMatch(value) ? value : Quoted(value);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan value) => DurationFormat.Format(value);

    /// <summary>A double-quoted scalar with every character that could change meaning escaped.</summary>
    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// The lines of a text value after <c>key:</c>: a literal block (<c>|</c> or <c>|-</c>) indented by
    /// <paramref name="indent"/> when the text spans lines and a block keeps it exactly, else one quoted line.
    /// </summary>
    public static IReadOnlyList<string> Text(string value, int indent)
    {
        if (!value.Contains('\n', StringComparison.Ordinal) || !FitsLiteralBlock(value))
        {
            return [Quoted(value)];
        }

        var keepsNewline = value.EndsWith('\n');
        var body = keepsNewline ? value[..^1] : value;
        var padding = new string(' ', indent);
        return [keepsNewline ? "|" : "|-", .. body.Split('\n').Select(line => line.Length == 0 ? "" : padding + line)];
    }

    private static bool FitsLiteralBlock(string value)
    {
        // A leading space would need an indentation indicator, several trailing newlines a keep indicator, and a
        // line of only spaces would be read back empty: those go quoted.
        if (value[0] is ' ' or '\t' or '\n' || value.EndsWith("\n\n", StringComparison.Ordinal))
        {
            return false;
        }

        return value.Split('\n').All(line => line.Length == 0 || line.Trim().Length > 0)
            && !value.Any(c => c == '\r' || (char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085')
            && !value.Split('\n').Any(line => line.EndsWith(' ') || line.EndsWith('\t'));
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWordPattern();

    /// <summary>Words a YAML 1.1 or 1.2 reader takes for a boolean, null or number.</summary>
    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|[-+]?[0-9][0-9_.]*(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$", RegexOptions.CultureInvariant)]
    private static partial Regex AmbiguousPattern();
}
