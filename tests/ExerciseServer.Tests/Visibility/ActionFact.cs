namespace ExerciseServer.Tests.Visibility;

/// <summary>An expected action: the team that must act and the inject it follows.</summary>
public sealed record ActionFact(string Id, string Team, string InjectId);
