using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

/// <summary>One join code, keyed by the keyed hash of the code (see <see cref="JoinCodeHasher"/>), so a join is a single lookup.</summary>
[Alias("ExerciseServer.Grains.Access.IJoinCodeGrain")]
public interface IJoinCodeGrain : IGrainWithStringKey
{
    /// <summary>Binds the code to its exercise and role; false if the code is already taken.</summary>
    [Alias("Assign")]
    Task<bool> Assign(JoinCode code);

    [Alias("Get")]
    Task<JoinCode?> Get();

    [Alias("Revoke")]
    Task Revoke();

    /// <summary>Deletes what this grain stores (a code stored under its clear text, once migrated).</summary>
    [Alias("Forget")]
    Task Forget();
}
