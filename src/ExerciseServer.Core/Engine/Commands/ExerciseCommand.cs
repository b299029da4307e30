namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// Something control, a team or the server's clock asks the exercise to do. A command either produces events
/// or is rejected with a reason and changes nothing. A repeated <see cref="IdempotencyKey"/> returns the first
/// outcome again without new events, so a client may retry after a timeout.
/// </summary>
public abstract record ExerciseCommand(CommandIssuer Issuer)
{
    public string? IdempotencyKey { get; init; }
}
