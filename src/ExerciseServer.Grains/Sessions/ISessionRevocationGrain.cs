using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Sessions;

/// <summary>
/// The sessions that have been ended and the join codes whose sessions have been ended (one, key 0), shared by
/// every node. Each entry is kept until the sessions it ends could no longer be presented anyway. Nodes keep a
/// cached copy and ask for changes every second or so, which costs no storage read.
/// </summary>
[Alias("ExerciseServer.Grains.Sessions.ISessionRevocationGrain")]
public interface ISessionRevocationGrain : IGrainWithIntegerKey
{
    /// <summary>Ends one session; the version of the set that includes it.</summary>
    [Alias("RevokeSession")]
    Task<long> RevokeSession(string sessionId, DateTimeOffset keepUntil);

    /// <summary>Ends every session signed in with this join code (by id); the version of the set that includes it.</summary>
    [Alias("RevokeCode")]
    Task<long> RevokeCode(string codeId, DateTimeOffset keepUntil);

    /// <summary>The whole set when its version is not <paramref name="knownVersion"/>; null when nothing changed.</summary>
    [Alias("Changes")]
    Task<RevocationList?> Changes(long knownVersion);
}
