using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Sessions;
using ExerciseServer.Hosting;
using ExerciseServer.Hubs;

namespace ExerciseServer.Security;

/// <summary>
/// This node's copy of the ended sessions and revoked join codes, so checking a sign-in costs a set lookup and no
/// storage read. What this node ends applies here at once (and closes the hub connections here); what other nodes
/// end arrives with the next refresh, every <c>Security:RevocationRefresh</c> (1 s), and closes connections then.
/// Sessions also end by themselves <c>Security:SessionLifetime</c> (24 h) after sign-in, which bounds how long an
/// ended session must be remembered.
/// </summary>
public sealed class SessionRevocations(
    IGrainFactory grains,
    SessionConnections connections,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<SessionRevocations> logger) : BackgroundService
{
    /// <summary>How far the clocks of a cluster's nodes may disagree.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly Lock _swapping = new();
    private readonly List<Pending> _pending = [];
    private volatile Snapshot? _snapshot;

    public TimeSpan Lifetime { get; } = configuration.GetValue(ServerSettingNames.SecuritySessionLifetime, TimeSpan.FromHours(24));

    public TimeSpan RefreshEvery { get; } = configuration.GetValue(ServerSettingNames.SecurityRevocationRefresh, TimeSpan.FromSeconds(1));

    /// <summary>Until when an ended session or revoked code must be remembered: after that, no session it ends is accepted anyway.</summary>
    private DateTimeOffset KeepUntil => time.GetUtcNow() + Lifetime + ClockTolerance;

    /// <summary>A new session id for a sign-in: random, and says nothing about who signed in.</summary>
    public static string NewSessionId() => "s-" + RandomCodes.Crockford(24).ToLowerInvariant();

    /// <summary>The session of an API token: the same for every request made with it.</summary>
    public static string TokenSessionId(string tokenId) => "token-" + tokenId;

    /// <summary>The claims every cookie sign-in carries besides who it is: a fresh session and its latest end.</summary>
    public IEnumerable<Claim> NewSessionClaims() =>
    [
        new(ExerciseClaims.Session, NewSessionId()),
        new(ExerciseClaims.Expires, (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Why this sign-in may no longer be used, or null when it may.</summary>
    public async ValueTask<string?> RefusalAsync(ClaimsPrincipal? user)
    {
        if (user?.FindFirstValue(ExerciseClaims.Session) is not { } session)
        {
            return "this sign-in carries no session (it is from an older version of the server); sign in again";
        }

        // A session may not outlive the lifetime configured now either: an ended session is remembered only that long.
        var now = time.GetUtcNow();
        if (user.FindFirstValue(ExerciseClaims.Expires) is { } expires
            && (!long.TryParse(expires, CultureInfo.InvariantCulture, out var seconds)
                || now.ToUnixTimeSeconds() >= seconds
                || seconds > (now + Lifetime + ClockTolerance).ToUnixTimeSeconds()))
        {
            return "this session has reached its end; sign in again";
        }

        var snapshot = _snapshot ?? await LoadAsync();
        if (snapshot.Sessions.Contains(session))
        {
            return "this session has ended (signed out, or ended by exercise control); sign in again";
        }

        return user.FindFirstValue(ExerciseClaims.Code) is { } code && snapshot.Codes.Contains(code)
            ? "the join code of this session was revoked; ask exercise control for a new one"
            : null;
    }

    /// <summary>Ends one session everywhere: on this node at once, on the others within a refresh.</summary>
    public async Task RevokeSessionAsync(string sessionId)
    {
        var version = await grains.GetGrain<ISessionRevocationGrain>(0).RevokeSession(sessionId, KeepUntil);
        await ApplyAsync(version, sessionId, null);
    }

    /// <summary>Ends every session signed in with this join code (by id).</summary>
    public async Task RevokeCodeAsync(string codeId)
    {
        var version = await grains.GetGrain<ISessionRevocationGrain>(0).RevokeCode(codeId, KeepUntil);
        await ApplyAsync(version, null, codeId);
    }

    /// <summary>Asks for the revocations made since the version held here; closes connections they end.</summary>
    public async Task RefreshAsync()
    {
        var list = await grains.GetGrain<ISessionRevocationGrain>(0).Changes(_snapshot?.Version ?? -1);
        bool changed;
        lock (_swapping)
        {
            // A list fetched before this node's own latest revocations were stored must not undo them here.
            _pending.RemoveAll(p => list is not null && p.Version <= list.Version);
            changed = list is not null && (_snapshot is null || list.Version > _snapshot.Version);
            if (changed)
            {
                _snapshot = _pending.Aggregate(Snapshot.Of(list!), (snapshot, p) => snapshot.With(p.Session, p.Code));
            }
        }

        if (changed)
        {
            CloseEnded();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshEvery, time);
        var failing = false;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync();
                failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogWarning(ex, "Refreshing the ended sessions failed; this node keeps checking against what it had");
                }

                failing = true;
            }
        }
    }

    /// <summary>The first check waits for the whole set once, so a restarted node does not let ended sessions in.</summary>
    private async Task<Snapshot> LoadAsync()
    {
        await _loading.WaitAsync();
        try
        {
            if (_snapshot is null)
            {
                await RefreshAsync();
            }

            return _snapshot!;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task ApplyAsync(long version, string? session, string? code)
    {
        await LoadAsync();
        lock (_swapping)
        {
            // The version stays the fetched one, so the next refresh still brings what other nodes revoked meanwhile.
            _pending.Add(new Pending(version, session, code));
            _snapshot = _snapshot!.With(session, code);
        }

        CloseEnded();
    }

    private void CloseEnded()
    {
        var snapshot = _snapshot;
        if (snapshot is null)
        {
            return;
        }

        var closed = connections.CloseWhere((session, code) =>
            (session is not null && snapshot.Sessions.Contains(session)) || (code is not null && snapshot.Codes.Contains(code)));
        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} hub connections of ended sessions", closed);
        }
    }

    /// <summary>A revocation made on this node, held until a fetched list of at least its version includes it.</summary>
    private sealed record Pending(long Version, string? Session, string? Code);

    private sealed record Snapshot(long Version, FrozenSet<string> Sessions, FrozenSet<string> Codes)
    {
        public static Snapshot Of(RevocationList list) =>
            new(list.Version, list.Sessions.ToFrozenSet(StringComparer.Ordinal), list.Codes.ToFrozenSet(StringComparer.Ordinal));

        public Snapshot With(string? session, string? code) => new(
            Version,
            session is null ? Sessions : Sessions.Append(session).ToFrozenSet(StringComparer.Ordinal),
            code is null ? Codes : Codes.Append(code).ToFrozenSet(StringComparer.Ordinal));
    }
}
