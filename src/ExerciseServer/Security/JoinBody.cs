namespace ExerciseServer.Security;

/// <summary>A join: the code, the display name and, optionally, the language to read the exercise in (one of its scenario's).</summary>
public sealed record JoinBody(string? Code, string? Name, string? Language = null);
