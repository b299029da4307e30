namespace ExerciseServer.Grains.Contracts;

/// <summary>A facilitator API token as stored: its id and the SHA-256 of the token, never the token.</summary>
public sealed record StoredApiToken(string Id, string Sha256, DateTimeOffset CreatedAt);
