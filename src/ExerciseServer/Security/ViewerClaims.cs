using System.Security.Claims;
using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Security;

/// <summary>The one translation from a sign-in's claims to the <see cref="Viewer"/> the visibility policy judges.</summary>
public static class ViewerClaims
{
    /// <summary>The viewer a sign-in reads as; null for anonymous callers and incomplete sign-ins, who read nothing.</summary>
    public static Viewer? ViewerOf(ClaimsPrincipal? user)
    {
        var role = user?.FindFirstValue(ExerciseClaims.Role);
        var exercise = user?.FindFirstValue(ExerciseClaims.Exercise);
        var team = user?.FindFirstValue(ExerciseClaims.Team);
        var viewer = role switch
        {
            ExerciseClaims.Control => Viewer.Control,
            ExerciseClaims.Evaluator when exercise is not null => Viewer.Evaluator(exercise),
            ExerciseClaims.Observer when exercise is not null => Viewer.Observer(exercise),
            ExerciseClaims.Player when exercise is not null && team is not null => Viewer.Player(exercise, team, user?.FindFirstValue(ExerciseClaims.TeamRole)),
            _ => null,
        };
        return viewer is null ? null : viewer with { Language = user?.FindFirstValue(ExerciseClaims.Language) };
    }
}
