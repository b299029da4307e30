namespace ExerciseServer.Hosting;

/// <summary>
/// <c>GET /api/auth/me</c>: who this sign-in is — its role (control, player, observer, evaluator), exercise, team and
/// role in the team, display name, and the language it reads the scenario in (null: the scenario's main one).
/// </summary>
public sealed record SignedInUser(string? Role, string? Exercise, string? Team, string? TeamRole, string? Name, string? Language);
