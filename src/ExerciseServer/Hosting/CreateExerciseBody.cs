namespace ExerciseServer.Hosting;

public sealed record CreateExerciseBody(string? ScenarioId, string? Name);
