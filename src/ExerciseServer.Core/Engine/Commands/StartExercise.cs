namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Start the clock at game time zero.</summary>
public sealed record StartExercise(CommandIssuer Issuer) : ExerciseCommand(Issuer);
