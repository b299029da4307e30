namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// One open connection to an exercise: who, in which role and team, since when, and its sign-in (session id).
/// <see cref="Node"/> is the silo holding the socket (so a dead node's connections can be dropped); an entry with
/// <see cref="Dropped"/> set is someone whose node died under them and who has not reconnected yet, which control
/// is shown apart from a normal sign-out (that entry is simply gone).
/// </summary>
public sealed record PresenceEntry(
    string ConnectionId,
    string Name,
    string Role,
    string? Team,
    DateTimeOffset Since,
    string? Session = null,
    string? Node = null,
    DateTimeOffset? Dropped = null);
