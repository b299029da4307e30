using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Words;

/// <summary>
/// The one vocabulary for statuses, lifecycles, sector states and roles: kebab-case lower words
/// (<c>NotStarted</c> → <c>not-started</c>, <c>Released</c> → <c>released</c>). The JSON the hub, HTTP and the
/// command-line reports write uses the same policy (<see cref="WireJson"/>), so a word in a message, a view and an
/// event is the same word; a member that names its word (<see cref="JsonStringEnumMemberNameAttribute"/>) is that
/// word here too, as the converter writes it.
/// </summary>
public static class StatusWords
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words<TEnum>.Named.TryGetValue(value, out var word) ? word : Policy.ConvertName(value.ToString());

    private static class Words<TEnum>
        where TEnum : struct, Enum
    {
        // Of two members with one value (an alias) the first names it.
        public static readonly FrozenDictionary<TEnum, string> Named = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .DistinctBy(f => (TEnum)f.GetValue(null)!)
            .ToFrozenDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? Policy.ConvertName(f.Name));
    }
}
