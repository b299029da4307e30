using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

public sealed class FacilitatorCredentialsState
{
    public string? PasswordHash { get; set; }

    public string? PasswordOrigin { get; set; }

    public List<StoredApiToken> ApiTokens { get; set; } = [];
}
