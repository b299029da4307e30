namespace ExerciseServer.Core.Review;

/// <summary>An objective with its latest rating, its critical tasks' ratings and how its expected actions went.</summary>
public sealed record ObjectiveReview(
    string Id,
    string Title,
    string Capability,
    IReadOnlyList<RatingScaleLevel> Scale,
    RatingReview? Rating,
    IReadOnlyList<TaskReview> Tasks,
    IReadOnlyList<string> ExpectedActions,
    int ActionsMet,
    int ActionsMissed,
    int ActionsOpen);
