using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Tests.WebClient;

/// <summary>
/// Writes TypeScript for the records the hub and HTTP send, read through System.Text.Json's own contract with the
/// server's wire options (<see cref="WireJson"/>): the property names and polymorphism the serializer uses, so the
/// file cannot drift from what is sent. A polymorphic base becomes a union of its derived types, each with its type
/// word as a literal; an enum becomes the union of its words.
/// </summary>
public sealed class WireTypeScript
{
    private readonly JsonSerializerOptions _options = WireJson.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() });
    private readonly NullabilityInfoContext _nullability = new();
    private readonly SortedDictionary<string, string> _declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _named = new(StringComparer.Ordinal);

    public static string Of(IEnumerable<Type> roots)
    {
        var writer = new WireTypeScript();
        foreach (var root in roots)
        {
            writer.Reference(root);
        }

        var text = new StringBuilder()
            .Append("// Generated from the server's C# records by `npm run gen:types` (tests/ExerciseServer.Tests/WebClient/WireTypeScript.cs).\n")
            .Append("// Do not edit: GeneratedClientTypesTests fails when this file is stale.\n");
        foreach (var declaration in writer._declarations.Values)
        {
            text.Append('\n').Append(declaration);
        }

        return text.ToString();
    }

    private string Reference(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Reference(inner) + " | null";
        }

        if (type == typeof(string) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid))
        {
            return "string";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "number";
        }

        if (type == typeof(object) || type == typeof(JsonElement))
        {
            return "unknown";
        }

        if (type.IsEnum)
        {
            return Words(EnumWords(type));
        }

        var info = _options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => Element(info.ElementType!) + "[]",
            JsonTypeInfoKind.Dictionary => $"Record<string, {Reference(info.ElementType!)}>",
            JsonTypeInfoKind.Object => Declare(type, info),
            _ => throw new NotSupportedException($"{type} has no TypeScript form here"),
        };
    }

    private string Element(Type type)
    {
        var reference = Reference(type);
        return reference.Contains(' ', StringComparison.Ordinal) ? $"({reference})" : reference;
    }

    private string Declare(Type type, JsonTypeInfo info)
    {
        var name = type.Name;
        if (_named.TryGetValue(name, out var known))
        {
            return known == type ? name : throw new InvalidOperationException($"{type} and {known} are both named {name} on the wire");
        }

        _named[name] = type;
        if (info.PolymorphismOptions is { } polymorphism)
        {
            var members = new List<string>();
            foreach (var derived in polymorphism.DerivedTypes.OrderBy(d => d.DerivedType.Name, StringComparer.Ordinal))
            {
                members.Add(Interface(derived.DerivedType, (polymorphism.TypeDiscriminatorPropertyName, $"'{derived.TypeDiscriminator}'")));
            }

            _declarations[name] = $"export type {name} =\n{string.Concat(members.Select(m => $"  | {m}\n"))};\n";
            return name;
        }

        return Interface(type, null);
    }

    private string Interface(Type type, (string Name, string Word)? discriminator)
    {
        var name = type.Name;
        _named[name] = type;
        var info = _options.GetTypeInfo(type);
        var lines = new List<string>();
        if (discriminator is { } tag)
        {
            lines.Add($"  {tag.Name}: {tag.Word};");
        }

        foreach (var property in info.Properties)
        {
            lines.Add($"  {property.Name}: {PropertyType(property)};");
        }

        _declarations[name] = $"export interface {name} {{\n{string.Join("\n", lines)}\n}}\n";
        return name;
    }

    private string PropertyType(JsonPropertyInfo property)
    {
        var reference = Reference(property.PropertyType);
        var nullable = !property.PropertyType.IsValueType && property.AttributeProvider is PropertyInfo member
            && _nullability.Create(member).ReadState == NullabilityState.Nullable;
        return nullable ? reference + " | null" : reference;
    }

    private static IReadOnlyList<string> EnumWords(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field =>
            field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? StatusWords.Policy.ConvertName(field.Name))];

    private static string Words(IReadOnlyList<string> words) => string.Join(" | ", words.Select(w => $"'{w}'"));
}
