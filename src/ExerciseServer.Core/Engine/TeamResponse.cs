namespace ExerciseServer.Core.Engine;

/// <summary>A team's answer to an inject, at a game time.</summary>
public sealed record TeamResponse(string Text, TimeSpan At);
