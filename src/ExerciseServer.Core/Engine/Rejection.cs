namespace ExerciseServer.Core.Engine;

/// <summary>
/// Why something was refused: a <see cref="RejectionCode"/> for programs and a message for people.
/// <see cref="KeyReused"/> marks the refusal of a different command under an idempotency key already used, which
/// HTTP answers with 422 rather than the 409 of other conflicts.
/// </summary>
public sealed record Rejection(RejectionCode Code, string Message)
{
    public bool KeyReused { get; init; }

    /// <summary>The code as it is written on the wire and at the start of a hub refusal.</summary>
    public string Word => WordOf(Code);

    public static Rejection NotFound(string message) => new(RejectionCode.NotFound, message);

    public static Rejection Forbidden(string message) => new(RejectionCode.Forbidden, message);

    public static Rejection Conflict(string message) => new(RejectionCode.Conflict, message);

    public static Rejection Invalid(string message) => new(RejectionCode.Invalid, message);

    public static Rejection TooMany(string message) => new(RejectionCode.TooMany, message);

    public static Rejection Unavailable(string message) => new(RejectionCode.Unavailable, message);

    /// <summary>A different command under a key that an earlier command was recorded with.</summary>
    public static Rejection ReusedKey(string key, string firstCommand) =>
        new(RejectionCode.Conflict, $"the idempotency key '{key}' was already used for another command ({firstCommand}); send a new command with a new key")
        {
            KeyReused = true,
        };

    public static string WordOf(RejectionCode code) => code switch
    {
        RejectionCode.NotFound => "not-found",
        RejectionCode.Forbidden => "forbidden",
        RejectionCode.Conflict => "conflict",
        RejectionCode.Invalid => "invalid",
        RejectionCode.TooMany => "too-many",
        RejectionCode.Unavailable => "unavailable",
        RejectionCode.AlreadyVoted => "already-voted",
        RejectionCode.NotAParty => "not-a-party",
        RejectionCode.DecisionResolved => "decision-resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public override string ToString() => $"{Word}: {Message}";
}
