namespace ExerciseServer.Grains.Contracts;

/// <summary>A hot-wash question as a team sees it, with the team's latest answer if it gave one.</summary>
public sealed record HotWashQuestionView(string Id, string Question, string? Answer, string? Language = null);
