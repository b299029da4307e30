namespace ExerciseServer.Security;

/// <summary><c>{"id": "jc-..."}</c> as listed, or <c>{"code": "K7QX2-MFA9Z"}</c> as typed by a person who holds it.</summary>
public sealed record RevokeCodeBody(string? Code, string? Id = null);
