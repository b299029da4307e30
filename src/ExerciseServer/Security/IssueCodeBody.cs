namespace ExerciseServer.Security;

/// <summary><c>{"team": "fi"}</c> for a player code, or <c>{"role": "observer"}</c> / <c>{"role": "evaluator"}</c>.</summary>
public sealed record IssueCodeBody(string? Team, string? Role);
