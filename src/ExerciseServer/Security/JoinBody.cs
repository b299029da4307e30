namespace ExerciseServer.Security;

public sealed record JoinBody(string? Code, string? Name);
