using System.Security.Cryptography;
using System.Text.Json;
using ExerciseServer.Core.Engine.Commands;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// What an idempotency key is bound to: the command's type word and a hash of its arguments, without the key and
/// without the issuer (the key's scope already names the issuer, and a retry may carry another display name).
/// Short, so every keyed event can carry it; written into the log, so the binding survives restarts.
/// </summary>
public static class CommandFingerprint
{
    private static readonly CommandIssuer NoIssuer = new(IssuerRole.Control);

    /// <summary>For example <c>pause-exercise:Kf3…</c>: the type word, a colon and 22 characters of hash.</summary>
    public static string Of(ExerciseCommand command)
    {
        var arguments = JsonSerializer.SerializeToUtf8Bytes(command with { Issuer = NoIssuer, IdempotencyKey = null }, command.GetType());
        var hash = Convert.ToBase64String(SHA256.HashData(arguments), 0, 16).TrimEnd('=');
        return $"{TypeWord(command)}:{hash}";
    }

    /// <summary>The command's type as the log and the wire name it, e.g. <c>end-exercise</c>.</summary>
    public static string TypeWord(ExerciseCommand command) => JsonNamingPolicy.KebabCaseLower.ConvertName(command.GetType().Name);

    /// <summary>The type word of a stored fingerprint, to say in a refusal which command a key was used for.</summary>
    public static string TypeWordOf(string fingerprint) => fingerprint.Split(':')[0];
}
