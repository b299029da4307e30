namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// A code that admits a person to one exercise, as a player of one team (or of one role in it), an observer or an
/// evaluator — as the server remembers it: by its id, never by the code itself, which is shown only when issued.
/// </summary>
public sealed record JoinCode(string Id, string ExerciseId, string Role, string? Team, bool Revoked, DateTimeOffset CreatedAt, string? TeamRole = null);
