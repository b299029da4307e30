using System.Text.Json;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Enum values as the words scenario files use (<c>SectorAlert</c> → <c>sector_alert</c>): snake case, because
/// YAML keys and values are written so. Statuses on the wire are <see cref="Words.StatusWords"/> instead.
/// </summary>
public static class ScenarioWords
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.SnakeCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Reads a word a client sent: <c>sector_alert</c>, <c>sector-alert</c> or <c>SectorAlert</c>.</summary>
    public static bool TryRead<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var bare = word?.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return !string.IsNullOrEmpty(bare) && bare.All(char.IsAsciiLetterOrDigit) && !char.IsAsciiDigit(bare[0])
            && Enum.TryParse(bare, ignoreCase: true, out value);
    }
}
