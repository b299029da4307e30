namespace ExerciseServer.Security;

public sealed record RevokeCodeBody(string? Code);
