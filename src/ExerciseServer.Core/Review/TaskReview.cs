namespace ExerciseServer.Core.Review;

public sealed record TaskReview(string Id, string Title, RatingReview? Rating);
