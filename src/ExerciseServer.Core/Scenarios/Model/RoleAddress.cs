using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>
/// One role of one team as a recipient, written <c>fi-gov/minister</c>: only the team's participants who play that
/// role read what is addressed to it; the team is still a recipient (it acknowledges and answers).
/// </summary>
public sealed record RoleAddress(Reference Team, Reference Role)
{
    public const char Separator = '/';

    /// <summary>The form events and sign-ins carry: <c>team/role</c>.</summary>
    public string Key => Of(Team.Id, Role.Id);

    public static string Of(string team, string role) => $"{team}{Separator}{role}";
}
