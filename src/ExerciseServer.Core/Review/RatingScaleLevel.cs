namespace ExerciseServer.Core.Review;

public sealed record RatingScaleLevel(string Code, string Label);
