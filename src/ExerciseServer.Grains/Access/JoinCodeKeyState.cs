namespace ExerciseServer.Grains.Access;

public sealed class JoinCodeKeyState
{
    /// <summary>The HMAC-SHA256 key, base64; null until first used.</summary>
    public string? Key { get; set; }

    public bool LegacyCodesMigrated { get; set; }
}
