using System.Globalization;
using System.Text;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// The samples of a Prometheus text-format scrape (version 0.0.4): <c>name{label="value",...} value [timestamp]</c>
/// lines, comments skipped. Enough of the format to read what the server exports, strictly: a line it cannot read fails.
/// </summary>
public sealed class PrometheusText
{
    private PrometheusText(IReadOnlyList<Sample> samples) => Samples = samples;

    public IReadOnlyList<Sample> Samples { get; }

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            samples.Add(ParseLine(line));
        }

        return new PrometheusText(samples);
    }

    /// <summary>The sum of the values of the series named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    public bool Has(string name) => Samples.Any(s => s.Name == name);

    private static Sample ParseLine(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] != '{' && line[i] != ' ')
        {
            i++;
        }

        var name = line[..i];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var key = line[i..eq];
                if (line[eq + 1] != '"')
                {
                    throw new FormatException($"a label value is not quoted in: {line}");
                }

                var value = new StringBuilder();
                i = eq + 2;
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] == 'n' ? '\n' : line[i]);
                    }
                    else
                    {
                        value.Append(line[i]);
                    }

                    i++;
                }

                labels[key] = value.ToString();
                i++;
                if (line[i] == ',')
                {
                    i++;
                }
            }

            i++;
        }

        var rest = line[i..].Trim().Split(' ');
        var number = rest[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(name, labels, number);
    }

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
