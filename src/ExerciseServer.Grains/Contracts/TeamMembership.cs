namespace ExerciseServer.Grains.Contracts;

/// <summary>The team's members after a join.</summary>
public sealed record TeamMembership(string ExerciseId, string Team, IReadOnlyList<string> Members);
