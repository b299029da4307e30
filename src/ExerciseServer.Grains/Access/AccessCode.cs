namespace ExerciseServer.Grains.Access;

/// <summary>
/// One join code in its exercise's list: an id, who it admits, and the keyed hash that finds its join grain.
/// <see cref="Code"/> is only ever set in lists stored before codes were hashed, until they are migrated.
/// </summary>
public sealed record AccessCode(string? Id, string? Hash, string Role, string? Team, bool Revoked, DateTimeOffset CreatedAt, string? Code = null, string? TeamRole = null)
{
    public bool IsLegacy => Code is not null;
}
