using System.Text.Json;

namespace ExerciseServer.Core.Words;

/// <summary>
/// The one vocabulary for statuses, lifecycles, sector states and roles: kebab-case lower words
/// (<c>NotStarted</c> → <c>not-started</c>, <c>Released</c> → <c>released</c>). The JSON the hub, HTTP and the
/// command-line reports write uses the same policy (<see cref="WireJson"/>), so a word in a message, a view and an
/// event is the same word.
/// </summary>
public static class StatusWords
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());
}
