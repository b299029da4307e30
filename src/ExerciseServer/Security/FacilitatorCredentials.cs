using System.Text.Json;

namespace ExerciseServer.Security;

/// <summary>
/// The facilitator's password and API tokens. The password comes from <c>Facilitator:Password</c>, or is generated
/// on first start, printed once to the console and kept only as a hash in the data folder. API tokens come from
/// <c>Facilitator:ApiToken</c> or are created by a signed-in facilitator; only their hashes are stored.
/// </summary>
public sealed class FacilitatorCredentials
{
    private readonly string _file;
    private readonly string? _configuredToken;
    private readonly Lock _lock = new();
    private StoredCredentials _stored;

    private FacilitatorCredentials(string file, StoredCredentials stored, string? configuredToken)
    {
        _file = file;
        _stored = stored;
        _configuredToken = configuredToken;
    }

    /// <summary>The generated password when this start created one, to show once; null otherwise.</summary>
    public string? GeneratedPassword { get; private init; }

    public static FacilitatorCredentials Load(IConfiguration configuration, string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var file = Path.Combine(dataFolder, "facilitator.json");
        var stored = File.Exists(file) ? JsonSerializer.Deserialize<StoredCredentials>(File.ReadAllText(file)) ?? new StoredCredentials() : new StoredCredentials();
        var token = configuration["Facilitator:ApiToken"] is { Length: > 0 } t ? t : null;
        string? generated = null;
        if (configuration["Facilitator:Password"] is { Length: > 0 } password)
        {
            if (stored.PasswordHash is null || !SecretHasher.Verify(password, stored.PasswordHash))
            {
                stored = stored with { PasswordHash = SecretHasher.Hash(password) };
            }
        }
        else if (stored.PasswordHash is null)
        {
            generated = SecretHasher.NewSecret(16);
            stored = stored with { PasswordHash = SecretHasher.Hash(generated) };
        }

        var credentials = new FacilitatorCredentials(file, stored, token) { GeneratedPassword = generated };
        credentials.Save();
        return credentials;
    }

    public bool CheckPassword(string password) => _stored.PasswordHash is { } hash && SecretHasher.Verify(password, hash);

    public bool CheckApiToken(string token)
    {
        if (_configuredToken is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(_configuredToken)))
        {
            return true;
        }

        lock (_lock)
        {
            return _stored.ApiTokenHashes.Any(h => SecretHasher.Verify(token, h));
        }
    }

    /// <summary>A new API token; returned once, stored only as a hash.</summary>
    public string CreateApiToken()
    {
        var token = "est_" + SecretHasher.NewSecret(32);
        lock (_lock)
        {
            _stored = _stored with { ApiTokenHashes = [.. _stored.ApiTokenHashes, SecretHasher.Hash(token)] };
            Save();
        }

        return token;
    }

    private void Save()
    {
        var temporary = _file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_stored));
        File.Move(temporary, _file, overwrite: true);
    }

    private sealed record StoredCredentials
    {
        public string? PasswordHash { get; init; }
        public IReadOnlyList<string> ApiTokenHashes { get; init; } = [];
    }
}
