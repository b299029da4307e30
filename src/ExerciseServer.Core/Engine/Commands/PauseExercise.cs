namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Stop the clock; nothing is released and no deadline runs while paused.</summary>
public sealed record PauseExercise(CommandIssuer Issuer) : ExerciseCommand(Issuer);
