namespace ExerciseServer.Grains.Contracts;

/// <summary>One open connection to an exercise: who, in which role and team, since when, and its sign-in (session id).</summary>
public sealed record PresenceEntry(string ConnectionId, string Name, string Role, string? Team, DateTimeOffset Since, string? Session = null);
