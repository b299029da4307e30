namespace ExerciseServer.Security;

public sealed record FacilitatorSignIn(string? Password);
