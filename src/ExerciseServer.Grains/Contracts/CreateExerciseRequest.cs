namespace ExerciseServer.Grains.Contracts;

/// <summary>Create an exercise from a scenario; the scenario's text is kept with the exercise.</summary>
public sealed record CreateExerciseRequest(string Name, string ScenarioId, string ScenarioFile, string ScenarioText);
