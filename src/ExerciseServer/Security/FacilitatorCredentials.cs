using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Hosting;

namespace ExerciseServer.Security;

/// <summary>
/// The facilitator's password and API tokens, as this node checks them. They are stored in grain storage
/// (<see cref="IFacilitatorCredentialsGrain"/>), shared by every node of a cluster; this node keeps a copy, so a
/// check is one hash and one read of an immutable map, and asks the store again when a token is not in its copy (a
/// token just created on another node), at most once a second. The password comes from <c>Facilitator:Password</c>,
/// or the first node to start on an empty store generates one, prints it once and keeps only its PBKDF2 hash. API
/// tokens are 160 random bits, so their SHA-256 is enough; <c>Facilitator:ApiToken</c> adds one from configuration.
/// </summary>
public sealed class FacilitatorCredentials
{
    /// <summary>The id of the token set in configuration (<c>Facilitator:ApiToken</c>).</summary>
    public const string ConfiguredTokenId = "configured";

    private static readonly TimeSpan RefreshAtMostEvery = TimeSpan.FromSeconds(1);
    private readonly string? _configuredTokenHash;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly TimeProvider _time;
    private volatile Copy _copy = new(null, FrozenDictionary<string, string>.Empty);
    private IFacilitatorCredentialsGrain? _store;
    private long _lastRefresh;
    private long _passwordHashRuns;

    public FacilitatorCredentials(IConfiguration configuration, TimeProvider time)
    {
        _time = time;
        _configuredTokenHash = configuration[ServerSettingNames.FacilitatorApiToken] is { Length: > 0 } token ? TokenHash(token) : null;
        _copy = new Copy(null, TokenMap([], _configuredTokenHash));
    }

    /// <summary>The generated password when this start created one, to show once; null otherwise.</summary>
    public string? GeneratedPassword { get; private set; }

    /// <summary>Where the password came from, once loaded (see <see cref="PasswordOrigins"/>).</summary>
    public string? PasswordOrigin { get; private set; }

    /// <summary>How many API tokens of an older version (stored as PBKDF2 hashes) this start dropped.</summary>
    public int DroppedLegacyTokens { get; private set; }

    /// <summary>What the older version's facilitator.json of this data folder became, if there was one.</summary>
    public string? LegacyFileNotice { get; private set; }

    /// <summary>How many PBKDF2 computations this instance has run: only password checks and password changes run one.</summary>
    public long PasswordHashRuns => Interlocked.Read(ref _passwordHashRuns);

    /// <summary>
    /// Once the silo runs: takes over an older version's <c>facilitator.json</c>, then sets the configured password or
    /// generates one if the store has none (of several nodes starting at once, one generated password is kept).
    /// </summary>
    public async Task LoadAsync(IGrainFactory grains, IConfiguration configuration, string dataFolder)
    {
        _store = grains.GetGrain<IFacilitatorCredentialsGrain>(0);
        var secrets = await LegacyFacilitatorFile.ImportAsync(dataFolder, _store) is { } imported ? Report(imported) : await _store.Get();
        if (configuration[ServerSettingNames.FacilitatorPassword] is { Length: > 0 } configured)
        {
            if (secrets.PasswordHash is null || !Verify(configured, secrets.PasswordHash))
            {
                secrets = await _store.SetPassword(Hash(configured), PasswordOrigins.Configuration, onlyIfNone: false);
            }
        }
        else if (secrets.PasswordHash is null)
        {
            var generated = SecretHasher.NewSecret(16);
            var hash = Hash(generated);
            secrets = await _store.SetPassword(hash, PasswordOrigins.Generated, onlyIfNone: true);
            GeneratedPassword = secrets.PasswordHash == hash ? generated : null;
        }

        Apply(secrets);
        return;

        FacilitatorSecrets Report(LegacyImport import)
        {
            DroppedLegacyTokens = import.DroppedTokens;
            LegacyFileNotice = import.Notice;
            return import.Secrets;
        }
    }

    public bool CheckPassword(string password) => _copy.PasswordHash is { } hash && Verify(password, hash);

    /// <summary>The id of the API token, or null when it is not one (after asking the store, at most once a second).</summary>
    public async ValueTask<string?> FindApiTokenAsync(string token)
    {
        var hash = TokenHash(token);
        if (_copy.Tokens.TryGetValue(hash, out var id) || _store is null)
        {
            return id;
        }

        await RefreshAsync();
        return _copy.Tokens.GetValueOrDefault(hash);
    }

    /// <summary>A new API token; returned once, stored only as its SHA-256.</summary>
    public async Task<string> CreateApiTokenAsync()
    {
        var store = _store ?? throw new InvalidOperationException("The credentials are not loaded yet.");
        var token = "est_" + SecretHasher.NewSecret(32);
        Apply(await store.AddApiToken(new StoredApiToken(SecretHasher.NewSecret(8).ToLowerInvariant(), TokenHash(token), _time.GetUtcNow())));
        return token;
    }

    private async Task RefreshAsync()
    {
        await _refreshing.WaitAsync();
        try
        {
            var now = _time.GetTimestamp();
            if (_time.GetElapsedTime(Interlocked.Read(ref _lastRefresh), now) >= RefreshAtMostEvery || _lastRefresh == 0)
            {
                Interlocked.Exchange(ref _lastRefresh, now);
                Apply(await _store!.Get());
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private void Apply(FacilitatorSecrets secrets)
    {
        PasswordOrigin = secrets.PasswordOrigin;
        _copy = new Copy(secrets.PasswordHash, TokenMap(secrets.ApiTokens, _configuredTokenHash));
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

    internal static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static FrozenDictionary<string, string> TokenMap(IEnumerable<StoredApiToken> tokens, string? configuredTokenHash)
    {
        var map = tokens.ToDictionary(t => t.Sha256, t => t.Id, StringComparer.Ordinal);
        if (configuredTokenHash is not null)
        {
            map[configuredTokenHash] = ConfiguredTokenId;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>This node's copy: replaced whole, never changed, so readers need no lock.</summary>
    private sealed record Copy(string? PasswordHash, FrozenDictionary<string, string> Tokens);
}
