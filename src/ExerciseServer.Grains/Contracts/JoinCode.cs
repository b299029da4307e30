namespace ExerciseServer.Grains.Contracts;

/// <summary>A code that admits a person to one exercise, as a player of one team, an observer or an evaluator.</summary>
public sealed record JoinCode(string Code, string ExerciseId, string Role, string? Team, bool Revoked, DateTimeOffset CreatedAt);
