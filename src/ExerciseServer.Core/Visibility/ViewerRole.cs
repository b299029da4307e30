namespace ExerciseServer.Core.Visibility;

/// <summary>
/// The roles that read an exercise. Control runs it; evaluators rate it (exercise staff); observers watch; players
/// are the training audience, each in one team.
/// </summary>
public enum ViewerRole
{
    Control,
    Evaluator,
    Observer,
    Player,
}
