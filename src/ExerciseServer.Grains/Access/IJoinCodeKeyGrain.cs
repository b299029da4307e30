namespace ExerciseServer.Grains.Access;

/// <summary>
/// The server's secret key for hashing join codes (one, key 0): random, made on first use and kept in grain
/// storage, so every node of a cluster hashes a code the same way.
/// </summary>
[Alias("ExerciseServer.Grains.Access.IJoinCodeKeyGrain")]
public interface IJoinCodeKeyGrain : IGrainWithIntegerKey
{
    [Alias("GetKey")]
    Task<byte[]> GetKey();

    /// <summary>Whether the codes of every exercise stored before codes were hashed have been migrated.</summary>
    [Alias("LegacyCodesMigrated")]
    Task<bool> LegacyCodesMigrated();

    [Alias("MarkLegacyCodesMigrated")]
    Task MarkLegacyCodesMigrated();
}
