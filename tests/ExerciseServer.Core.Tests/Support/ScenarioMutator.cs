using System.Text;

namespace ExerciseServer.Core.Tests.Support;

/// <summary>
/// Breaks a scenario the ways real files get broken: lines deleted, duplicated or swapped, values replaced by
/// wrong types, indentation shifted, tabs, garbage bytes, truncation, and huge values.
/// </summary>
public sealed class ScenarioMutator(int seed)
{
    private static readonly string[] WrongValues =
    [
        "", "~", "null", "yes", "no", "on", "off", "1:30", "-5m", "0", "-1", "1e308", "-1e308", "1e-320", "NaN", ".inf",
        "99999999999999999999999999", "999999999h", "P99999999D", "PT", "[]", "{}", "[1, 2]", "{a: b}", "\"unterminated",
        "'", "&anchor x", "*nowhere", "!!binary aGVsbG8=", "!custom x", "|", ">", "- item", "? complex", "%TAG ! x",
        "inoperability(", "state(energy) >", "not not not", "((((((((((((((((((((((((((((((((((((x", "true", "False",
        "2026-13-45T99:99:99+99:99", "all", "control", "observers", "Ä", "\u0000", "\t", "\u200B", "🚢", "---", "...",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count && lines.Count > 0; i++)
        {
            Apply(lines);
        }

        var result = string.Join('\n', lines);
        return _random.Next(20) == 0 ? result[.._random.Next(result.Length + 1)] : result;
    }

    private void Apply(List<string> lines)
    {
        var at = _random.Next(lines.Count);
        switch (_random.Next(10))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[_random.Next(lines.Count)]);
                break;
            case 2:
                var other = _random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3:
                lines[at] = ReplaceValue(lines[at], WrongValues[_random.Next(WrongValues.Length)]);
                break;
            case 4:
                lines[at] = ReplaceValue(lines[at], ValueOf(lines[_random.Next(lines.Count)]));
                break;
            case 5:
                lines[at] = _random.Next(3) switch
                {
                    0 => new string(' ', 1 + _random.Next(4)) + lines[at],
                    1 => lines[at].TrimStart(),
                    _ => "\t" + lines[at],
                };
                break;
            case 6:
                lines[at] = InsertGarbage(lines[at]);
                break;
            case 7:
                lines[at] = ReplaceValue(lines[at], HugeValue());
                break;
            case 8:
                var key = lines[at].TrimStart().Split(':')[0];
                if (key.Length > 0)
                {
                    lines[at] = lines[at].Replace(key, key.Length > 1 ? key[1..] + key[0] : key + "x", StringComparison.Ordinal);
                }

                break;
            default:
                var count = Math.Min(lines.Count - at, 1 + _random.Next(20));
                lines.RemoveRange(at, count);
                break;
        }
    }

    private static string ValueOf(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? line.Trim() : line[(colon + 1)..].Trim();
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            return line[..(colon + 2)] + value;
        }

        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : value;
    }

    private string InsertGarbage(string line)
    {
        var builder = new StringBuilder(line);
        var length = 1 + _random.Next(8);
        for (var i = 0; i < length; i++)
        {
            var c = _random.Next(4) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => (char)_random.Next(0xD800, 0xE000),
                2 => (char)_random.Next(0x80, 0xFFFF),
                _ => "{}[]:,-?&*!|>'\"%@`#"[_random.Next(19)],
            };
            builder.Insert(_random.Next(builder.Length + 1), c);
        }

        return builder.ToString();
    }

    private string HugeValue() => _random.Next(3) switch
    {
        0 => new string('x', 100_000 + _random.Next(100_000)),
        1 => string.Concat(Enumerable.Repeat("9", 400)),
        _ => "[" + string.Join(", ", Enumerable.Repeat("a", 20_000)) + "]",
    };
}
