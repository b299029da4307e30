namespace ExerciseServer.Core.Engine.Commands;

/// <summary>End the exercise now.</summary>
public sealed record EndExercise(CommandIssuer Issuer) : ExerciseCommand(Issuer);
