using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

/// <summary>
/// The facilitator's password hash and API token hashes (one, key 0), in grain storage so every node of a cluster
/// checks the same ones. The nodes keep a copy each and ask again when a token is not in theirs.
/// </summary>
[Alias("ExerciseServer.Grains.Access.IFacilitatorCredentialsGrain")]
public interface IFacilitatorCredentialsGrain : IGrainWithIntegerKey
{
    [Alias("Get")]
    Task<FacilitatorSecrets> Get();

    /// <summary>
    /// Stores a password hash; with <paramref name="onlyIfNone"/> only when there is none yet, so of several nodes
    /// starting at once exactly one generated password is kept. Answers what is stored afterwards.
    /// </summary>
    [Alias("SetPassword")]
    Task<FacilitatorSecrets> SetPassword(string hash, string origin, bool onlyIfNone);

    [Alias("AddApiToken")]
    Task<FacilitatorSecrets> AddApiToken(StoredApiToken token);
}
