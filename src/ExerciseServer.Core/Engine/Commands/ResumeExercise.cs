namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Restart the clock from where it stopped.</summary>
public sealed record ResumeExercise(CommandIssuer Issuer) : ExerciseCommand(Issuer);
