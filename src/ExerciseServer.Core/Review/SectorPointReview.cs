namespace ExerciseServer.Core.Review;

public sealed record SectorPointReview(TimeSpan GameTime, double Inoperability);
