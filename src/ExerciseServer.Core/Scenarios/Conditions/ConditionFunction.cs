namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>A function conditions may call: its arguments, how many may be left out at the end, its result.</summary>
public sealed record ConditionFunction(string Name, IReadOnlyList<ArgumentKind> Parameters, int OptionalTrailing, ConditionValueType Result, string Meaning)
{
    public int MinArguments => Parameters.Count - OptionalTrailing;

    public string Signature => $"{Name}({string.Join(", ", Parameters.Select((p, i) => i >= MinArguments ? $"[{Describe(p)}]" : Describe(p)))})";

    private static string Describe(ArgumentKind kind) => kind switch
    {
        ArgumentKind.ExpectedAction => "expected-action",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
