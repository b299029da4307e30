using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// What a command did once its events were stored: accepted (with its events), a duplicate of an earlier
/// command with the same idempotency key, or rejected with a <see cref="Code"/> and the reason for people in
/// <see cref="Rejection"/>. <see cref="KeyReused"/> says the refusal is a different command under a used key.
/// Immutable (its events are immutable records), so an answer inside one process is not copied.
/// </summary>
[Immutable]
public sealed record CommandOutcome(
    bool Accepted,
    bool Duplicate,
    string? Rejection,
    IReadOnlyList<ExerciseEvent> Events,
    RejectionCode? Code = null,
    bool KeyReused = false)
{
    public static CommandOutcome Refused(Rejection refusal) =>
        new(false, false, refusal.Message, [], refusal.Code, refusal.KeyReused);

    public static CommandOutcome Of(CommandResult result) =>
        new(result.Accepted, result.Duplicate, result.Refusal?.Message, result.Events, result.Refusal?.Code, result.Refusal?.KeyReused ?? false);
}
