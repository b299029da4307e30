namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>The keys one kind of scenario mapping may have, and which of them it must have.</summary>
public sealed record ObjectShape(string Name, IReadOnlyList<string> Keys, IReadOnlyList<string> Required)
{
    public bool Allows(string key) => Keys.Contains(key, StringComparer.Ordinal);
}
