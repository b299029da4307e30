namespace ExerciseServer.Grains.Contracts;

/// <summary>What an archive takes from an exercise besides its log: its name and the scenario text it keeps.</summary>
public sealed record ExerciseArchiveSource(string Name, string ScenarioId, string ScenarioFile, string ScenarioText, string Lifecycle);
