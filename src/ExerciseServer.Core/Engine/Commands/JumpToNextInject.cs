namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Jump the clock to the next scheduled inject release.</summary>
public sealed record JumpToNextInject(CommandIssuer Issuer) : ExerciseCommand(Issuer);
