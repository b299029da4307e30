namespace ExerciseServer.Grains.Sessions;

public sealed class SessionRevocationState
{
    public long Version { get; set; }

    /// <summary>Ended session ids, each with the moment after which no session with that id can be presented.</summary>
    public Dictionary<string, DateTimeOffset> Sessions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Revoked join code ids, each with the moment after which no session signed in with it can be presented.</summary>
    public Dictionary<string, DateTimeOffset> Codes { get; set; } = new(StringComparer.Ordinal);
}
