namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Back to ready, to play again from the start.</summary>
public sealed record ResetExercise(CommandIssuer Issuer) : ExerciseCommand(Issuer);
