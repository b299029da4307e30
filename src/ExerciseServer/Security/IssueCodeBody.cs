namespace ExerciseServer.Security;

/// <summary>
/// <c>{"team": "fi"}</c> for a player code, <c>{"team": "fi-gov", "teamRole": "minister"}</c> for one role of a team,
/// or <c>{"role": "observer"}</c> / <c>{"role": "evaluator"}</c>.
/// </summary>
public sealed record IssueCodeBody(string? Team, string? Role, string? TeamRole = null);
