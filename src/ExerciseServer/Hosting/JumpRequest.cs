namespace ExerciseServer.Hosting;

/// <summary><c>{"to": "next"}</c> or a game time: <c>{"to": "PT2H"}</c>, <c>{"to": "2h30m"}</c>.</summary>
public sealed record JumpRequest(string? To);
