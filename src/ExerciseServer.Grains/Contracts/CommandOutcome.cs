using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// What a command did once its events were stored: accepted (with its events), a duplicate of an earlier
/// command with the same idempotency key, or rejected with the reason.
/// </summary>
public sealed record CommandOutcome(bool Accepted, bool Duplicate, string? Rejection, IReadOnlyList<ExerciseEvent> Events);
