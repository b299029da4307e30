namespace ExerciseServer.Core.Words;

/// <summary>
/// Marks a string a view carries as one of an enum's <see cref="StatusWords"/>, so the API description (and the
/// client types generated from it) lists the words instead of any string.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WordsOfAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public IReadOnlyList<string> Words => [.. Enum.GetNames(EnumType).Select(StatusWords.Policy.ConvertName)];
}
