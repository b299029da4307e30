namespace ExerciseServer.Core.Engine;

/// <summary>Who is asking to see events: control, an observer or evaluator, or one team.</summary>
public sealed record Viewer(ViewerRole Role, string? Team = null)
{
    public static Viewer Control { get; } = new(ViewerRole.Control);

    public static Viewer Observer { get; } = new(ViewerRole.Observer);

    public static Viewer OfTeam(string team) => new(ViewerRole.Player, team);

    public bool MaySee(EventAudience audience) => Role switch
    {
        ViewerRole.Control => true,
        ViewerRole.Observer => audience.Observers,
        _ => Team is not null && audience.IncludesTeam(Team),
    };
}
