namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>An inject released a delay after an option was chosen.</summary>
public sealed record FollowUp(Reference Inject, Located<TimeSpan> Delay);
