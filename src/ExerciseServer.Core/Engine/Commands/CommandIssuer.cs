namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Who sends a command: exercise control, a team (by id), or an evaluator; with a display name for the record.</summary>
public sealed record CommandIssuer(IssuerRole Role, string? Team = null, string? Name = null)
{
    /// <summary>The role a team's participant plays in the team (<c>minister</c>), if the sign-in has one.</summary>
    public string? TeamRole { get; init; }

    public static CommandIssuer Evaluator(string name) => new(IssuerRole.Evaluator, Name: name);

    public static CommandIssuer Control { get; } = new(IssuerRole.Control);

    public static CommandIssuer OfTeam(string team) => new(IssuerRole.Team, team);

    public override string ToString() => Role switch
    {
        IssuerRole.Team => $"team '{Team}'",
        IssuerRole.Evaluator => $"evaluator {Name}",
        _ => "control",
    };
}
