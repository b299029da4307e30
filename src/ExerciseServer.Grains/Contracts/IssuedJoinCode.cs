namespace ExerciseServer.Grains.Contracts;

/// <summary>A join code just issued: the only moment its text exists outside the person who holds it.</summary>
public sealed record IssuedJoinCode(string Code, JoinCode Entry);
