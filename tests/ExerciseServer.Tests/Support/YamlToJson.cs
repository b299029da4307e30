using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// Converts a scenario's YAML tree to JSON the way an editor's YAML 1.2 language server does (core schema:
/// plain null, booleans and numbers are typed; everything else is a string), so the JSON Schema can judge it.
/// </summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static JsonNode? Scalar(YamlScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Value);
        }

        if (scalar.IsNull)
        {
            return null;
        }

        if (scalar.Value is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (scalar.Value is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(scalar.Value) && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(scalar.Value) && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(scalar.Value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
