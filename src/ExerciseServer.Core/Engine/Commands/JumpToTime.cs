namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Jump the clock forward to a game time (offset from the start).</summary>
public sealed record JumpToTime(CommandIssuer Issuer, TimeSpan GameTime) : ExerciseCommand(Issuer);
