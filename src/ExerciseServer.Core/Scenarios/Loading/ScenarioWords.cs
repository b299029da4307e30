namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Enum values as the words scenario files use (<c>SectorAlert</c> → <c>sector_alert</c>).</summary>
public static class ScenarioWords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => NodeReader.SnakeCase(value.ToString());
}
