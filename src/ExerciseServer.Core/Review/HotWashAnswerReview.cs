namespace ExerciseServer.Core.Review;

public sealed record HotWashAnswerReview(string Team, string Text, DateTimeOffset WallTime);
