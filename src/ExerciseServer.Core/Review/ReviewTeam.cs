namespace ExerciseServer.Core.Review;

/// <summary>One team's lane on the timeline, in log order.</summary>
public sealed record ReviewTeam(string Id, string Name, IReadOnlyList<TimelineEntry> Timeline);
