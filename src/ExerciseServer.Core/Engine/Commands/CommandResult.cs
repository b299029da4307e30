using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.Engine.Commands;

/// <summary>What a command did: the events it produced, or why it was refused (then it changed nothing).</summary>
public sealed record CommandResult(bool Accepted, IReadOnlyList<ExerciseEvent> Events, Rejection? Refusal, bool Duplicate = false)
{
    /// <summary>The refusal's message for people, or null when accepted.</summary>
    public string? Rejection => Refusal?.Message;

    public static CommandResult Rejected(Rejection refusal) => new(false, [], refusal);

    public static CommandResult Of(IReadOnlyList<ExerciseEvent> events) => new(true, events, null);
}
