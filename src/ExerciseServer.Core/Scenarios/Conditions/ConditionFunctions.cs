namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>The vocabulary of conditions; the authoring guide lists the same table.</summary>
public static class ConditionFunctions
{
    public static IReadOnlyList<ConditionFunction> All { get; } =
    [
        new("inoperability", [ArgumentKind.Sector], 0, ConditionValueType.Number, "the sector's inoperability q, from 0 (working) to 1 (down)"),
        new("state", [ArgumentKind.Sector], 0, ConditionValueType.SectorState, "the sector's state: normal, degraded, disrupted, failed or recovering"),
        new("released", [ArgumentKind.Inject], 0, ConditionValueType.Boolean, "the inject has been released"),
        new("acknowledged", [ArgumentKind.Inject, ArgumentKind.Team], 1, ConditionValueType.Boolean, "the inject was acknowledged (by the team, or by any recipient)"),
        new("responded", [ArgumentKind.Inject, ArgumentKind.Team], 1, ConditionValueType.Boolean, "the inject was answered (by the team, or by any recipient)"),
        new("decided", [ArgumentKind.Decision], 0, ConditionValueType.Boolean, "the decision has been taken"),
        new("chosen", [ArgumentKind.Decision, ArgumentKind.Option], 0, ConditionValueType.Boolean, "the decision was taken with that option"),
        new("met", [ArgumentKind.ExpectedAction], 0, ConditionValueType.Boolean, "the expected action was judged met"),
        new("missed", [ArgumentKind.ExpectedAction], 0, ConditionValueType.Boolean, "the expected action's deadline passed without it"),
        new("resource", [ArgumentKind.Team, ArgumentKind.Resource], 0, ConditionValueType.Number, "the amount the team has left of a resource"),
    ];

    private static readonly Dictionary<string, ConditionFunction> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static ConditionFunction? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The words a sector state can be compared with.</summary>
    public static IReadOnlyList<string> SectorStates { get; } = ["normal", "degraded", "disrupted", "failed", "recovering"];
}
