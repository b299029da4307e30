using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

/// <summary>The join codes control has issued for one exercise (keyed by exercise id).</summary>
[Alias("ExerciseServer.Grains.Access.IExerciseAccessGrain")]
public interface IExerciseAccessGrain : IGrainWithStringKey
{
    [Alias("Issue")]
    Task<JoinCode> Issue(string role, string? team);

    [Alias("List")]
    Task<IReadOnlyList<JoinCode>> List();

    /// <summary>Revokes a code of this exercise; false when it is not one of them.</summary>
    [Alias("Revoke")]
    Task<bool> Revoke(string code);
}
