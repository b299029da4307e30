namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>The keys one kind of scenario mapping may have, and which of them it must have.</summary>
public sealed record ObjectShape(string Name, IReadOnlyList<string> Keys, IReadOnlyList<string> Required)
{
    // Asked for every key of every mapping: an indexed loop, not LINQ's Contains, which allocates an enumerator.
    public bool Allows(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
