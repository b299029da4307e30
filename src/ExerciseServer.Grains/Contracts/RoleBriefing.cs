namespace ExerciseServer.Grains.Contracts;

/// <summary>What the participants of one role of a team read before the start and keep: Markdown.</summary>
public sealed record RoleBriefing(string Team, string Role, string RoleName, string Markdown);
