using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.Engine.Commands;

/// <summary>What a command did: the events it produced, or why it was rejected (then it changed nothing).</summary>
public sealed record CommandResult(bool Accepted, IReadOnlyList<ExerciseEvent> Events, string? Rejection, bool Duplicate = false)
{
    public static CommandResult Rejected(string reason) => new(false, [], reason);

    public static CommandResult Of(IReadOnlyList<ExerciseEvent> events) => new(true, events, null);
}
