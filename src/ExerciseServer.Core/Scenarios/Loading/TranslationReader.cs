using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads the one form every translatable item shares: <c>translations: { fi: { title: …, body: … } }</c>, a language
/// mapped to the item's own text keys in that language (the keys the shape allows). Whether the language is one the
/// scenario declares is checked in stage two, where the languages are known.
/// </summary>
internal sealed class TranslationReader(NodeReader read)
{
    public IReadOnlyList<Translation> Read(YamlNode? node, ObjectShape shape, string owner)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YamlMapping mapping)
        {
            read.Report(DiagnosticCodes.WrongNodeKind, node.Start,
                $"the translations of {owner} must map a language to its {string.Join(" and ", shape.Keys)}, such as 'fi: {{ {shape.Keys[0]}: … }}', not {node.KindName}");
            return [];
        }

        var result = new List<Translation>();
        foreach (var (language, value) in mapping.Entries)
        {
            var map = read.Mapping(value, shape, $"the '{language.Value}' translation of {owner}");
            if (map is null)
            {
                continue;
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in shape.Keys)
            {
                if (map[key] is { } textNode && read.Text(textNode, $"the translated {key} of {owner}") is { } text)
                {
                    texts[key] = text;
                }
            }

            result.Add(new Translation(language.Value, texts, language.Start));
        }

        return result;
    }
}
