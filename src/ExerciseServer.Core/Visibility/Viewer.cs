using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Visibility;

/// <summary>
/// Who is reading: a role, the exercise the reader signed in to (control reads every exercise, so it has none) and,
/// for a player, the team and the seat in it, if the sign-in was for one (<c>TeamRole</c>, such as minister).
/// <see cref="VisibilityPolicy"/> decides what such a reader may see.
/// </summary>
public sealed record Viewer(ViewerRole Role, string? ExerciseId = null, string? Team = null, string? TeamRole = null)
{
    public static Viewer Control { get; } = new(ViewerRole.Control);

    public static Viewer Observer(string exerciseId) => new(ViewerRole.Observer, exerciseId);

    public static Viewer Evaluator(string exerciseId) => new(ViewerRole.Evaluator, exerciseId);

    public static Viewer Player(string exerciseId, string team, string? teamRole = null) => new(ViewerRole.Player, exerciseId, team, teamRole);

    /// <summary>
    /// The language the reader asked to read the scenario in; it changes which words are shown, never what is seen.
    /// Null reads the scenario's main language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Control, evaluators and observers: the people around the exercise rather than in it.</summary>
    public bool IsStaff => Role is ViewerRole.Control or ViewerRole.Evaluator or ViewerRole.Observer;

    public override string ToString() => Role switch
    {
        ViewerRole.Control => "control",
        ViewerRole.Player => TeamRole is null ? $"team '{Team}' of {ExerciseId}" : $"role '{TeamRole}' of team '{Team}' of {ExerciseId}",
        _ => $"{StatusWords.Of(Role)} of {ExerciseId}",
    };
}
