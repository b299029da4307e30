using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Review;

/// <summary>A sector went from one state to another (normal, degraded, disrupted, failed, recovering).</summary>
public sealed record SectorChangeReview(TimeSpan GameTime, [property: WordsOf(typeof(SectorCondition))] string From, [property: WordsOf(typeof(SectorCondition))] string To, double Inoperability);
