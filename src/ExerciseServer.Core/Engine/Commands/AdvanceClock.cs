namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Process everything due up to the game time the clock shows now; sent by the server's timer.</summary>
public sealed record AdvanceClock(CommandIssuer Issuer) : ExerciseCommand(Issuer);
