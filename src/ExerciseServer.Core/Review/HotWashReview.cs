namespace ExerciseServer.Core.Review;

/// <summary>A hot-wash question, the teams it was put to, and their latest answers.</summary>
public sealed record HotWashReview(string Id, string Question, IReadOnlyList<string> Teams, IReadOnlyList<HotWashAnswerReview> Answers);
