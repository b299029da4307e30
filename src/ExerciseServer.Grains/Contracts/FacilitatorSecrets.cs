namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The facilitator's sign-in secrets as every node reads them: the password's PBKDF2 hash, where it came from
/// (<see cref="PasswordOrigins"/>), and the API tokens' SHA-256 hashes.
/// </summary>
public sealed record FacilitatorSecrets(string? PasswordHash, string? PasswordOrigin, IReadOnlyList<StoredApiToken> ApiTokens);
