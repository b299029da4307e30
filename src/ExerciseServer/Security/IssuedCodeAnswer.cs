namespace ExerciseServer.Security;

/// <summary>The answer to issuing a join code: the only time its text is shown, with whom it signs in.</summary>
public sealed record IssuedCodeAnswer(string Code, string Id, string Role, string? Team, string? TeamRole);
