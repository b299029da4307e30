using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExerciseServer.Security;

/// <summary>
/// The facilitator's password and API tokens. The password comes from <c>Facilitator:Password</c>, or is generated
/// on first start, printed once to the console and kept only as a PBKDF2 hash in the data folder. API tokens come
/// from <c>Facilitator:ApiToken</c> or are created by a signed-in facilitator; only their SHA-256 is stored. A token
/// is 160 random bits, so a fast hash is enough, and a lookup is one hash and one read of an immutable map — no
/// lock, no PBKDF2, whatever a client sends.
/// </summary>
public sealed class FacilitatorCredentials
{
    /// <summary>The id of the token set in configuration (<c>Facilitator:ApiToken</c>).</summary>
    public const string ConfiguredTokenId = "configured";

    private readonly string _file;
    private readonly string? _configuredTokenHash;
    private readonly Lock _writing = new();
    private StoredCredentials _stored;
    private FrozenDictionary<string, string> _tokenIds;
    private long _passwordHashRuns;

    private FacilitatorCredentials(string file, StoredCredentials stored, string? configuredToken)
    {
        _file = file;
        _stored = stored;
        _configuredTokenHash = configuredToken is null ? null : TokenHash(configuredToken);
        _tokenIds = TokenMap(stored, _configuredTokenHash);
    }

    /// <summary>The generated password when this start created one, to show once; null otherwise.</summary>
    public string? GeneratedPassword { get; private set; }

    /// <summary>How many API tokens of an older version (stored as PBKDF2 hashes) this start dropped.</summary>
    public int DroppedLegacyTokens { get; private init; }

    /// <summary>How many PBKDF2 computations this instance has run: only password checks and password changes run one.</summary>
    public long PasswordHashRuns => Interlocked.Read(ref _passwordHashRuns);

    public static FacilitatorCredentials Load(IConfiguration configuration, string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var file = Path.Combine(dataFolder, "facilitator.json");
        var stored = File.Exists(file) ? JsonSerializer.Deserialize<StoredCredentials>(File.ReadAllText(file)) ?? new StoredCredentials() : new StoredCredentials();
        var dropped = stored.ApiTokenHashes?.Count ?? 0;
        stored = stored with { ApiTokenHashes = null };
        var token = configuration["Facilitator:ApiToken"] is { Length: > 0 } t ? t : null;
        var credentials = new FacilitatorCredentials(file, stored, token) { DroppedLegacyTokens = dropped };
        credentials.GeneratedPassword = credentials.SetPassword(configuration["Facilitator:Password"] is { Length: > 0 } password ? password : null);
        credentials.Save();
        return credentials;
    }

    public bool CheckPassword(string password) => _stored.PasswordHash is { } hash && Verify(password, hash);

    /// <summary>The id of the API token, or null when it is not one.</summary>
    public string? FindApiToken(string token) => _tokenIds.GetValueOrDefault(TokenHash(token));

    /// <summary>A new API token; returned once, stored only as its SHA-256.</summary>
    public string CreateApiToken()
    {
        var token = "est_" + SecretHasher.NewSecret(32);
        lock (_writing)
        {
            var entry = new StoredToken(SecretHasher.NewSecret(8).ToLowerInvariant(), TokenHash(token), DateTimeOffset.UtcNow);
            _stored = _stored with { ApiTokens = [.. _stored.ApiTokens, entry] };
            Save();
            _tokenIds = TokenMap(_stored, _configuredTokenHash);
        }

        return token;
    }

    /// <summary>Keeps the configured password's hash (rehashing only when it changed), or generates one the first time.</summary>
    private string? SetPassword(string? configured)
    {
        if (configured is not null)
        {
            if (_stored.PasswordHash is null || !Verify(configured, _stored.PasswordHash))
            {
                _stored = _stored with { PasswordHash = Hash(configured) };
            }

            return null;
        }

        if (_stored.PasswordHash is not null)
        {
            return null;
        }

        var generated = SecretHasher.NewSecret(16);
        _stored = _stored with { PasswordHash = Hash(generated) };
        return generated;
    }

    private bool Verify(string secret, string hash)
    {
        Interlocked.Increment(ref _passwordHashRuns);
        return SecretHasher.Verify(secret, hash);
    }

    private string Hash(string secret)
    {
        Interlocked.Increment(ref _passwordHashRuns);
        return SecretHasher.Hash(secret);
    }

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static FrozenDictionary<string, string> TokenMap(StoredCredentials stored, string? configuredTokenHash)
    {
        var map = stored.ApiTokens.ToDictionary(t => t.Sha256, t => t.Id, StringComparer.Ordinal);
        if (configuredTokenHash is not null)
        {
            map[configuredTokenHash] = ConfiguredTokenId;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Written to a new file readable by this user only (0600), then moved over the old one.</summary>
    private void Save()
    {
        var temporary = _file + ".tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, _stored);
        }

        File.Move(temporary, _file, overwrite: true);
    }

    private sealed record StoredCredentials
    {
        public string? PasswordHash { get; init; }

        public IReadOnlyList<StoredToken> ApiTokens { get; init; } = [];

        /// <summary>PBKDF2 token hashes of an older version: read so they can be dropped, never written.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<string>? ApiTokenHashes { get; init; }
    }

    private sealed record StoredToken(string Id, string Sha256, DateTimeOffset CreatedAt);
}
