namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Who sends a command: exercise control, or a team (by id).</summary>
public sealed record CommandIssuer(IssuerRole Role, string? Team = null)
{
    public static CommandIssuer Control { get; } = new(IssuerRole.Control);

    public static CommandIssuer OfTeam(string team) => new(IssuerRole.Team, team);

    public override string ToString() => Role == IssuerRole.Team ? $"team '{Team}'" : "control";
}
