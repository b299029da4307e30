using ExerciseServer.Core.Engine;

namespace ExerciseServer.Core.Review;

/// <summary>A sector went from one state to another (normal, degraded, disrupted, failed, recovering).</summary>
public sealed record SectorChangeReview(TimeSpan GameTime, SectorCondition From, SectorCondition To, double Inoperability);
