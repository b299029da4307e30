using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

/// <summary>The join codes control has issued for one exercise (keyed by exercise id), known by id and keyed hash only.</summary>
[Alias("ExerciseServer.Grains.Access.IExerciseAccessGrain")]
public interface IExerciseAccessGrain : IGrainWithStringKey
{
    /// <summary>A new code; its text is in the answer and nowhere else.</summary>
    [Alias("Issue")]
    Task<IssuedJoinCode> Issue(string role, string? team, string? teamRole = null);

    [Alias("List")]
    Task<IReadOnlyList<JoinCode>> List();

    /// <summary>Revokes a code of this exercise by id (again is fine); null when it is not one of them.</summary>
    [Alias("Revoke")]
    Task<JoinCode?> Revoke(string codeId);

    /// <summary>Revokes a code and issues a new one for the same role and team; null when it is not one of this exercise's.</summary>
    [Alias("Reissue")]
    Task<IssuedJoinCode?> Reissue(string codeId);

    /// <summary>Replaces codes stored in clear (before codes were hashed) by hashed ones; how many were migrated.</summary>
    [Alias("MigrateLegacyCodes")]
    Task<int> MigrateLegacyCodes();
}
