namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Run the clock at this many game minutes per real minute.</summary>
public sealed record SetSpeed(CommandIssuer Issuer, double GameMinutesPerMinute) : ExerciseCommand(Issuer);
